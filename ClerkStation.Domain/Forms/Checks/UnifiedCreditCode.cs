using System.Text.RegularExpressions;

namespace ClerkStation.Domain.Forms.Checks;

/// <summary>Unified social credit codes (GB 32100-2015): 31-character alphabet, MOD 31 check character.</summary>
public static partial class UnifiedCreditCode
{
    public const string FormatError = "creditCode.format";
    public const string CheckDigitError = "creditCode.checkDigit";

    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] InnerWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    [GeneratedRegex("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$")]
    private static partial Regex Shape();

    /// <summary>Checks an 18-character code; surrounding spaces and lower case are tolerated.</summary>
    public static CreditCodeResult Validate(string? input)
    {
        var value = (input ?? string.Empty).Trim().ToUpperInvariant();
        if (!Shape().IsMatch(value))
        {
            return new CreditCodeResult(null, FormatError, false);
        }

        if (ComputeCheckChar(value.AsSpan(0, 17)) != value[17])
        {
            return new CreditCodeResult(null, CheckDigitError, false);
        }

        return new CreditCodeResult(value, null, !InnerCheckPasses(value.AsSpan(8, 9)));
    }

    /// <summary>The check character for the first 17 characters (which must be in the alphabet).</summary>
    public static char ComputeCheckChar(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (v < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not in the GB 32100 alphabet.", nameof(first17));
            }

            sum += v * Weights[i];
        }

        return Alphabet[(31 - sum % 31) % 31];
    }

    /// <summary>GB 11714 organisation code check over positions 9–17 (8 characters + check).</summary>
    private static bool InnerCheckPasses(ReadOnlySpan<char> code)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = code[i];
            var v = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * InnerWeights[i];
        }

        var check = 11 - sum % 11;
        var expected = check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
        return code[8] == expected;
    }
}
