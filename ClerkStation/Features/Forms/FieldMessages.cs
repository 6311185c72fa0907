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
            Message(builder, id + "-error", "mud-input-helper-text mud-input-error cs-field-error", error, alert: true);
        }
        else if (!string.IsNullOrEmpty(help))
        {
            Message(builder, id + "-help", "mud-input-helper-text cs-field-help", help, alert: false);
        }
    };

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
