using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Forms;

/// <summary>
/// The help or error text under an input that MudBlazor does not give one (native inputs, check box, choice lists,
/// groups), with the ids the input's <c>aria-describedby</c> names: <c>{id}-error</c> (a live alert) or <c>{id}-help</c>.
/// One markup frame, not a component or elements: one sat under every field, 70 of them on the largest form's page in
/// every circuit (ADR 0026).
/// </summary>
public static class FieldMessages
{
    private const string ErrorClass = "mud-input-helper-text mud-input-error cs-field-error";
    private const string HelpClass = "mud-input-helper-text cs-field-help";

    public static RenderFragment Render(string id, string? help, string? error) => builder =>
    {
        if (Html(id, help, error) is { } html)
        {
            builder.AddMarkupContent(0, html);
        }
    };

    /// <summary>The message as HTML (also kept by <see cref="InputMarkup"/>), or null when there is none.</summary>
    public static string? Html(string id, string? help, string? error) =>
        !string.IsNullOrEmpty(error) ? $"<div id=\"{InputMarkup.Html(id)}-error\" class=\"{ErrorClass}\" role=\"alert\">{InputMarkup.Html(error)}</div>"
        : !string.IsNullOrEmpty(help) ? $"<div id=\"{InputMarkup.Html(id)}-help\" class=\"{HelpClass}\">{InputMarkup.Html(help)}</div>"
        : null;
}
