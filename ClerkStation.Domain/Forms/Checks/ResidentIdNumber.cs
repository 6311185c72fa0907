using System.Globalization;

namespace ClerkStation.Domain.Forms.Checks;

/// <summary>Resident ID numbers (GB 11643-1999): 6-digit address, 8-digit birth date, 3-digit sequence, MOD 11-2 check.</summary>
public static class ResidentIdNumber
{
    public const string FormatError = "residentId.format";
    public const string CheckDigitError = "residentId.checkDigit";
    public const string BirthDateError = "residentId.birthDate";
    public const string ProvinceError = "residentId.province";

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    // GB/T 2260 provinces plus 71 (Taiwan) and 81/82/83 (HK, Macao, TW residence permits). 91 is not an address code.
    private static readonly HashSet<string> Provinces =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82", "83",
    ];

    public static IReadOnlySet<string> ProvinceCodes => Provinces;

    public static bool IsKnownProvince(string code) => Provinces.Contains(code);

    /// <summary>Checks an 18-character number; a lower-case x is accepted and normalised to X.</summary>
    public static ResidentIdResult Validate(string? input, DateOnly today)
    {
        var value = (input ?? string.Empty).Trim().ToUpperInvariant();
        if (value.Length != 18 || !value.AsSpan(0, 17).ContainsOnlyDigits() || !(char.IsAsciiDigit(value[17]) || value[17] == 'X'))
        {
            return ResidentIdResult.Fail(FormatError);
        }

        var province = value[..2];
        if (!Provinces.Contains(province))
        {
            return ResidentIdResult.Fail(ProvinceError);
        }

        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth > today)
        {
            return ResidentIdResult.Fail(BirthDateError);
        }

        if (ComputeCheckChar(value.AsSpan(0, 17)) != value[17])
        {
            return ResidentIdResult.Fail(CheckDigitError);
        }

        var sex = (value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;
        return new ResidentIdResult(new ResidentIdInfo(value, birth, sex, province), null);
    }

    /// <summary>The MOD 11-2 check character for the first 17 digits.</summary>
    public static char ComputeCheckChar(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17 || !first17.ContainsOnlyDigits())
        {
            throw new ArgumentException("Expected 17 digits.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckChars[sum % 11];
    }

    /// <summary>Converts a legacy 15-digit number (2-digit year, no check) to 18 characters; null when not 15 digits.</summary>
    public static string? ConvertLegacy(string? input)
    {
        var value = (input ?? string.Empty).Trim();
        if (value.Length != 15 || !value.AsSpan().ContainsOnlyDigits())
        {
            return null;
        }

        var first17 = string.Concat(value.AsSpan(0, 6), "19", value.AsSpan(6));
        return first17 + ComputeCheckChar(first17);
    }
}

file static class SpanDigits
{
    public static bool ContainsOnlyDigits(this ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
