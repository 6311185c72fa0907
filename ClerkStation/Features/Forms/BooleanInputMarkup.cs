using Microsoft.AspNetCore.Components;
using ClerkStation.Features.Shared;
using Microsoft.AspNetCore.Components.Rendering;

namespace ClerkStation.Features.Forms;

/// <summary>The classes of the markup around a native check box or radio, as MudBlazor writes them.</summary>
internal sealed record BooleanInputClasses(string Control, string Label, string Button, string Text);

/// <summary>
/// What <see cref="NativeCheckBox"/> and <see cref="NativeRadio"/> share: MudBlazor's markup around a boolean input
/// (control, container, label, the icon button holding the native input and its icon, then the label's text, with
/// " *" when required). The input takes sequence numbers 8 to 19 and the icon 20.
/// </summary>
internal static class BooleanInputMarkup
{
    public static void Render(
        RenderTreeBuilder builder, BooleanInputClasses classes, Action<RenderTreeBuilder> input, MarkupString icon, string label, bool required)
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", SharedStrings.Of(classes.Control));
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", "mud-input-control-input-container");
        builder.OpenElement(4, "label");
        builder.AddAttribute(5, "class", SharedStrings.Of(classes.Label));
        builder.OpenElement(6, "span");
        builder.AddAttribute(7, "class", SharedStrings.Of(classes.Button));
        input(builder);
        builder.AddContent(20, icon);
        builder.CloseElement();
        // The text (and the required mark) is one markup frame, not three (six): with two frames fewer a radio, an item's
        // material radios keep the checklist within a 512-frame array and a two-option radio field within 64 (ADR 0026).
        builder.AddMarkupContent(21, SharedStrings.Of($"<span class=\"{classes.Text}\">{InputMarkup.Html(label)}{(required ? "<span aria-hidden=\"true\"> *</span>" : null)}</span>"));
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    }
}
