using Microsoft.AspNetCore.Components;
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
        builder.AddAttribute(1, "class", classes.Control);
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", "mud-input-control-input-container");
        builder.OpenElement(4, "label");
        builder.AddAttribute(5, "class", classes.Label);
        builder.OpenElement(6, "span");
        builder.AddAttribute(7, "class", classes.Button);
        input(builder);
        builder.AddContent(20, icon);
        builder.CloseElement();
        builder.OpenElement(21, "span");
        builder.AddAttribute(22, "class", classes.Text);
        builder.AddContent(23, label);
        if (required)
        {
            builder.OpenElement(24, "span");
            builder.AddAttribute(25, "aria-hidden", "true");
            builder.AddContent(26, " *");
            builder.CloseElement();
        }
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    }
}
