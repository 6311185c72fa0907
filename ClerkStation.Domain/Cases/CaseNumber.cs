using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ClerkStation.Domain.Cases;

/// <summary>Case number printed on receipts: PREFIX-yyyyMMdd-NNNN, e.g. ZS-20261122-0001. The app allocates the sequence.</summary>
public sealed partial record CaseNumber(string Prefix, DateOnly Date, int Sequence)
{
    public const int MaxSequence = 9999;

    public static string Format(string prefix, DateOnly date, int sequence)
    {
        if (!PrefixPattern().IsMatch(prefix))
        {
            throw new ArgumentException("Prefix must be 1–6 upper-case letters.", nameof(prefix));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{date:yyyyMMdd}-{sequence:D4}");
    }

    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out CaseNumber? number)
    {
        number = null;
        if (text is null)
        {
            return false;
        }
        var match = NumberPattern().Match(text);
        if (!match.Success
            || !DateOnly.TryParseExact(match.Groups["date"].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }
        var sequence = int.Parse(match.Groups["seq"].Value, CultureInfo.InvariantCulture);
        if (sequence < 1)
        {
            return false;
        }
        number = new CaseNumber(match.Groups["prefix"].Value, date, sequence);
        return true;
    }

    public override string ToString() => Format(Prefix, Date, Sequence);

    [GeneratedRegex("^[A-Z]{1,6}$")]
    private static partial Regex PrefixPattern();

    [GeneratedRegex(@"^(?<prefix>[A-Z]{1,6})-(?<date>\d{8})-(?<seq>\d{4})$")]
    private static partial Regex NumberPattern();
}
