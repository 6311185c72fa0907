namespace ClerkStation.Domain.Catalog;

/// <summary>Collects problems for the file and item being read, so every one is reported, not just the first.</summary>
internal sealed class ProblemLog
{
    private readonly List<CatalogProblem> _problems = [];

    public string File { get; set; } = string.Empty;

    public string? ItemCode { get; set; }

    public IReadOnlyList<CatalogProblem> Problems => _problems;

    public void Add(string jsonPath, string message) => _problems.Add(new CatalogProblem(File, ItemCode, jsonPath, message));

    public void Add(string file, string? itemCode, string jsonPath, string message) =>
        _problems.Add(new CatalogProblem(file, itemCode, jsonPath, message));
}
