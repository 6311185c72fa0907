using ClerkStation.Features.Shared;
using Microsoft.AspNetCore.Components.Rendering;

namespace ClerkStation.Features.Forms;

/// <summary>The parts <see cref="NativeTextBox"/> and <see cref="NativeSelectBox"/> share: the aria attributes, the outline and the label, at sequence numbers after both boxes' own.</summary>
internal static class NativeInputs
{
    /// <summary>
    /// The control around the input: MudBlazor's input control and container, the input's outlined box holding
    /// <paramref name="input"/> (which uses sequence numbers 7–108) and the outline, then the label and the help or error.
    /// The outline, the label and the message are markup (<see cref="InputMarkup"/>): the field stays within 32 frames.
    /// A catalog field's control is the field itself (<see cref="InputLook.DataField"/>: its path, and the field's
    /// spacing), keyed by <paramref name="key"/> among the fields of its row, with no element around it.
    /// </summary>
    /// <param name="controlClass">The control's classes, a constant (<c>mud-input-control mud-input-input-control cs-native-text</c>).</param>
    public static void Shell(RenderTreeBuilder builder, InputMarkup markup, string controlClass, string inputClassExtra, Action<RenderTreeBuilder> input, object? key)
    {
        var field = markup.Look.DataField;
        builder.OpenElement(0, "div");
        builder.SetKey(key);
        builder.AddAttribute(1, "class", field is null ? controlClass : SharedStrings.Of(controlClass, static c => c + " cs-field mb-3", controlClass));
        builder.AddAttribute(2, "data-field", field);
        builder.OpenElement(3, "div");
        builder.AddAttribute(4, "class", "mud-input-control-input-container");
        builder.OpenElement(5, "div");
        builder.AddAttribute(6, "class", markup.Look.InputClassWith(inputClassExtra));
        input(builder);
        if (markup.Outline is { } outline)
        {
            builder.AddMarkupContent(110, outline.Value);
        }
        builder.CloseElement();
        builder.AddMarkupContent(120, markup.Label.Value);
        builder.CloseElement();
        if (markup.Messages is { } messages)
        {
            builder.AddMarkupContent(130, messages.Value);
        }
        builder.CloseElement();
    }

    /// <summary>Up to three attributes (sequence 100–102): aria-required (only when required: absent means not), aria-invalid, aria-describedby.</summary>
    public static void Aria(RenderTreeBuilder builder, InputMarkup markup)
    {
        builder.AddAttribute(100, "aria-required", markup.Look.Required ? "true" : null);
        builder.AddAttribute(101, "aria-invalid", markup.Look.Error is null ? "false" : "true");
        builder.AddAttribute(102, "aria-describedby", markup.DescribedBy);
    }
}
