using System.Globalization;
using ClerkStation.Domain.Forms;
using Microsoft.Extensions.Localization;

namespace ClerkStation.Features.Forms;

/// <summary>
/// Turns a <see cref="FieldError"/> into the message the clerk reads: resource key <c>Validation.&lt;code&gt;</c> with the
/// error's limits formatted in. A catalog <c>patternMessage</c> wins over the generic pattern message.
/// </summary>
public static class FieldErrorText
{
    public const string KeyPrefix = "Validation.";

    public static string ResourceKey(string code) => KeyPrefix + code;

    public static string Format(IStringLocalizer localizer, FieldError error)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(error);

        if (error.Code == FieldErrorCodes.Pattern && PatternMessage(error) is { } custom)
        {
            return custom;
        }

        // Every code carries at most one limit; the pattern text itself is never shown to the clerk.
        var args = error.Args
            .Where(a => a.Key is not ("pattern" or "messageZh" or "messageEn"))
            .Select(a => (object)a.Value)
            .ToArray();
        var text = localizer[ResourceKey(error.Code), args];
        return text.ResourceNotFound ? error.Code : text.Value;
    }

    private static string? PatternMessage(FieldError error)
    {
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        error.Args.TryGetValue("messageZh", out var zh);
        error.Args.TryGetValue("messageEn", out var en);
        var message = english && !string.IsNullOrWhiteSpace(en) ? en : zh;
        return string.IsNullOrWhiteSpace(message) ? null : message;
    }
}
