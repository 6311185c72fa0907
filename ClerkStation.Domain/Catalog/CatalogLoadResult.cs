namespace ClerkStation.Domain.Catalog;

/// <summary>The loaded catalog (null when anything is wrong) and every problem found.</summary>
public sealed record CatalogLoadResult(Catalog? Catalog, IReadOnlyList<CatalogProblem> Problems)
{
    public bool IsValid => Catalog is not null && Problems.Count == 0;
}
