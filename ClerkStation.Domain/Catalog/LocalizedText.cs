using System.Globalization;

namespace ClerkStation.Domain.Catalog;

/// <summary>Catalog text in the two languages the product ships: zh-CN (always present) and en-US.</summary>
public sealed record LocalizedText(string Zh, string En)
{
    public static readonly LocalizedText Empty = new(string.Empty, string.Empty);

    /// <summary>English where the culture asks for it and a translation exists; Chinese otherwise.</summary>
    public string Get(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" && !string.IsNullOrWhiteSpace(En) ? En : Zh;

    public string Current => Get(CultureInfo.CurrentUICulture);

    public override string ToString() => Zh;
}
