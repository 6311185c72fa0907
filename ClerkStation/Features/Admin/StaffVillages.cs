namespace ClerkStation.Features.Admin;

/// <summary>The villages a village agent serves: typed as one line, kept as one "、"-joined column.</summary>
public static class StaffVillages
{
    public const int MaxLength = 256;

    public const string Separator = "、";

    private static readonly char[] Separators = ['、', ',', '，', ';', '；', '\n'];

    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? string.Empty).Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal).ToList();

    public static string Join(IEnumerable<string> villages) => string.Join(Separator, villages.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal));
}
