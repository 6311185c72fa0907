using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace ClerkStation.Features.Forms;

/// <summary>
/// The help or error text under an input that MudBlazor does not give one (native inputs, check box, choice lists,
/// groups), with the ids the input's <c>aria-describedby</c> names: <c>{id}-error</c> (a live alert) or <c>{id}-help</c>.
/// Markup, not a component: one sat under every field, 70 of them on the largest form's page in every circuit (ADR 0026).
/// </summary>
public static class FieldMessages
{
    public static RenderFragment Render(string id, string? help, string? error) => builder =>
    {
        if (!string.IsNullOrEmpty(error))
        {
            Message(builder, id + "-error", ErrorClass, error, alert: true);
        }
        else if (!string.IsNullOrEmpty(help))
        {
            Message(builder, id + "-help", HelpClass, help, alert: false);
        }
    };

    /// <summary>The same message as HTML (for a markup frame, <see cref="InputMarkup"/>), or null when there is none.</summary>
    public static string? Html(string id, string? help, string? error) =>
        !string.IsNullOrEmpty(error) ? $"<div id=\"{InputMarkup.Html(id)}-error\" class=\"{ErrorClass}\" role=\"alert\">{InputMarkup.Html(error)}</div>"
        : !string.IsNullOrEmpty(help) ? $"<div id=\"{InputMarkup.Html(id)}-help\" class=\"{HelpClass}\">{InputMarkup.Html(help)}</div>"
        : null;

    private const string ErrorClass = "mud-input-helper-text mud-input-error cs-field-error";
    private const string HelpClass = "mud-input-helper-text cs-field-help";

    private static void Message(RenderTreeBuilder builder, string id, string cssClass, string text, bool alert)
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "id", id);
        builder.AddAttribute(2, "class", cssClass);
        if (alert)
        {
            builder.AddAttribute(3, "role", "alert");
        }
        builder.AddContent(4, text);
        builder.CloseElement();
    }
}
