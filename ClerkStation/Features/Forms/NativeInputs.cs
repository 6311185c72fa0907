using Microsoft.AspNetCore.Components.Rendering;

namespace ClerkStation.Features.Forms;

/// <summary>The parts <see cref="NativeTextBox"/> and <see cref="NativeSelectBox"/> share: the aria attributes, the outline and the label, at sequence numbers after both boxes' own.</summary>
internal static class NativeInputs
{
    /// <summary>
    /// The control around the input: MudBlazor's input control and container, the input's outlined box holding
    /// <paramref name="input"/> (which uses sequence numbers 6–108) and the outline, then the label and the help or error.
    /// </summary>
    public static void Shell(RenderTreeBuilder builder, InputLook look, string controlClass, string inputClassExtra, Action<RenderTreeBuilder> input)
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-input-control mud-input-input-control " + controlClass);
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", "mud-input-control-input-container");
        builder.OpenElement(4, "div");
        builder.AddAttribute(5, "class", look.InputClassWith(inputClassExtra));
        input(builder);
        Outline(builder, look);
        builder.CloseElement();
        Label(builder, look);
        builder.CloseElement();
        builder.AddContent(130, FieldMessages.Render(look.Id, look.Help, look.Error));
        builder.CloseElement();
    }

    /// <summary>Three attributes (sequence 100–102): aria-required, aria-invalid, aria-describedby.</summary>
    public static void Aria(RenderTreeBuilder builder, InputLook look)
    {
        builder.AddAttribute(100, "aria-required", look.Required ? "true" : "false");
        builder.AddAttribute(101, "aria-invalid", look.Error is null ? "false" : "true");
        builder.AddAttribute(102, "aria-describedby", look.DescribedBy);
    }

    /// <summary>The outline with the label's notch (aria-hidden) (sequence 110–114).</summary>
    private static void Outline(RenderTreeBuilder builder, InputLook look)
    {
        builder.OpenElement(110, "fieldset");
        builder.AddAttribute(111, "class", "mud-input-outlined-border");
        builder.AddAttribute(112, "aria-hidden", "true");
        builder.OpenElement(113, "legend");
        builder.AddContent(114, look.LabelText);
        builder.CloseElement();
        builder.CloseElement();
    }

    /// <summary>The label, with an aria-hidden required mark (sequence 120–126).</summary>
    private static void Label(RenderTreeBuilder builder, InputLook look)
    {
        builder.OpenElement(120, "label");
        builder.AddAttribute(121, "class", look.LabelClass);
        builder.AddAttribute(122, "for", look.Id);
        builder.AddContent(123, look.Label);
        if (look.Required)
        {
            builder.OpenElement(124, "span");
            builder.AddAttribute(125, "aria-hidden", "true");
            builder.AddContent(126, " *");
            builder.CloseElement();
        }
        builder.CloseElement();
    }
}
