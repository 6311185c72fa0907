namespace ClerkStation.Domain.Json;

/// <summary>Collects problems for the file and entry being read, so every one is reported, not just the first.</summary>
internal sealed class ProblemLog
{
    private readonly List<JsonProblem> _problems = [];

    public string File { get; set; } = string.Empty;

    /// <summary>The code of the entry being read (item, bundle, material, scenario), carried by every problem logged.</summary>
    public string? Code { get; set; }

    public IReadOnlyList<JsonProblem> Problems => _problems;

    public int Count => _problems.Count;

    public void Add(string jsonPath, string message, JsonProblemKind kind = JsonProblemKind.Invalid, params string[] args) =>
        _problems.Add(new JsonProblem(File, Code, jsonPath, message) { Kind = kind, Args = args });

    public void Add(string file, string? code, string jsonPath, string message) =>
        _problems.Add(new JsonProblem(file, code, jsonPath, message));
}
