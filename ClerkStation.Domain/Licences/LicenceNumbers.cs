using ClerkStation.Domain.Forms.Checks;

namespace ClerkStation.Domain.Licences;

/// <summary>Numbers of the licences ClerkStation issues itself.</summary>
public static class LicenceNumbers
{
    private static readonly Dictionary<string, char> DisabilityCategories = new(StringComparer.Ordinal)
    {
        ["visual"] = '1', ["hearing"] = '2', ["speech"] = '3', ["physical"] = '4', ["intellectual"] = '5', ["mental"] = '6', ["multiple"] = '7',
    };

    private const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>第二代残疾人证号: the 18-character ID number, the category digit (1–7) and the level digit (1–4): 20 characters.</summary>
    public static string Disability(string idNumber, string? category, string? level) =>
        idNumber.Trim().ToUpperInvariant()
        + DisabilityCategories.GetValueOrDefault(category ?? string.Empty, '7')
        + (level is { Length: 1 } && level[0] is >= '1' and <= '4' ? level[0] : '4');

    /// <summary>
    /// A unified social credit code for a new 个体工商户 (registry 9, kind 2), registered in <paramref name="areaCode"/>
    /// (six digits), its body derived from <paramref name="seed"/>; the check character per GB 32100.
    /// </summary>
    public static string SoleProprietorCreditCode(string areaCode, Guid seed)
    {
        var bytes = seed.ToByteArray();
        var body = new char[9];
        for (var i = 0; i < body.Length; i++)
        {
            body[i] = CreditAlphabet[bytes[15 - i] % CreditAlphabet.Length];
        }

        var first17 = "92" + areaCode + new string(body);
        return first17 + UnifiedCreditCode.ComputeCheckChar(first17);
    }
}
