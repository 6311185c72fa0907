using System.Globalization;

namespace ClerkStation.Infrastructure.Localization;

public static class Cultures
{
    public const string Default = "zh-CN";

    public static readonly string[] Supported = ["zh-CN", "en-US"];

    public static bool IsSupported(string? culture) => culture is not null && Supported.Contains(culture, StringComparer.OrdinalIgnoreCase);

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
