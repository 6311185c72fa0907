namespace ClerkStation.Domain.Cases;

/// <summary>Masks personal data for lists and screens others can see; full values only on the case page (audited).</summary>
public static class PersonalDataMask
{
    /// <summary>First 4 and last 4 visible: 330203199001011234 → 3302**********1234. Short values keep only the last 2.</summary>
    public static string IdNumber(string value) => Mask(value, keepStart: 4, keepEnd: 4);

    /// <summary>First 3 and last 4 visible: 13812345678 → 138****5678.</summary>
    public static string? Phone(string? value) => value is null ? null : Mask(value, keepStart: 3, keepEnd: 4);

    private static string Mask(string value, int keepStart, int keepEnd)
    {
        value = value.Trim();
        if (value.Length <= keepStart + keepEnd)
        {
            // Too short to show both ends without revealing nearly everything.
            var visible = Math.Min(2, value.Length / 2);
            return new string('*', value.Length - visible) + value[^visible..];
        }
        return string.Concat(value.AsSpan(0, keepStart), new string('*', value.Length - keepStart - keepEnd), value.AsSpan(value.Length - keepEnd));
    }
}
