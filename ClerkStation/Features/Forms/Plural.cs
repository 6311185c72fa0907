using Microsoft.Extensions.Localization;

namespace ClerkStation.Features.Forms;

/// <summary>Counted text in both languages: resource keys <c>KEY.One</c> and <c>KEY.Other</c>, the count as {0}.</summary>
public static class Plural
{
    public static string Format(IStringLocalizer localizer, string key, int count)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer[count == 1 ? key + ".One" : key + ".Other", count];
    }
}
