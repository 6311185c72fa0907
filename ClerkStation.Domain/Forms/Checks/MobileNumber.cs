using System.Text;
using System.Text.RegularExpressions;

namespace ClerkStation.Domain.Forms.Checks;

/// <summary>Mainland mobile numbers: 11 digits starting 1[3-9]; segments are not hard-coded because new ones appear.</summary>
public static partial class MobileNumber
{
    public const string FormatError = "mobile.format";

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Shape();

    /// <summary>Strips spaces, dashes and a +86 / 0086 prefix; returns the rest unchanged otherwise.</summary>
    public static string Normalize(string? input)
    {
        var builder = new StringBuilder();
        foreach (var c in (input ?? string.Empty).Trim())
        {
            if (!char.IsWhiteSpace(c) && c != '-')
            {
                builder.Append(c);
            }
        }

        var value = builder.ToString();
        if (value.StartsWith("+86", StringComparison.Ordinal))
        {
            return value[3..];
        }

        return value.StartsWith("0086", StringComparison.Ordinal) ? value[4..] : value;
    }

    public static bool IsValid(string? input) => Shape().IsMatch(Normalize(input));
}
