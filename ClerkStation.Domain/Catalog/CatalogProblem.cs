namespace ClerkStation.Domain.Catalog;

/// <summary>One thing wrong with the catalog files, located well enough for an author to fix it.</summary>
public sealed record CatalogProblem(string File, string? ItemCode, string JsonPath, string Message)
{
    /// <summary><c>items/mz.json · MZ-001 · $.items[0].promisedDays · promisedDays (25) exceeds statutoryDays (23)</c>.</summary>
    public override string ToString() =>
        ItemCode is null ? $"{File} · {JsonPath} · {Message}" : $"{File} · {ItemCode} · {JsonPath} · {Message}";
}
