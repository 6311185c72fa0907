namespace ClerkStation.Domain.Forms;

/// <summary>
/// One validation failure. <see cref="Path"/> is <c>idNumber</c>, <c>members[1].monthlyIncome</c> or <c>members</c>;
/// <see cref="Code"/> is a stable code the UI maps to a resource key; <see cref="Args"/> carries limits for the message.
/// </summary>
public sealed record FieldError(string Path, string Code, IReadOnlyDictionary<string, string> Args)
{
    private static readonly IReadOnlyDictionary<string, string> NoArgs = new Dictionary<string, string>();

    public FieldError(string path, string code)
        : this(path, code, NoArgs)
    {
    }

    public override string ToString() =>
        Args.Count == 0 ? $"{Path}: {Code}" : $"{Path}: {Code} ({string.Join(", ", Args.Select(a => $"{a.Key}={a.Value}"))})";
}
