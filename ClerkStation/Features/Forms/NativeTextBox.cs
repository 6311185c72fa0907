using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;

namespace ClerkStation.Features.Forms;

/// <summary>
/// A text field as markup: a native <c>&lt;input&gt;</c> (or a <c>&lt;textarea&gt;</c> for a multi-line one) dressed in MudBlazor's outlined, dense input classes,
/// written out by its owner (<see cref="FieldInput"/> for catalog fields, <see cref="NativeText"/> for the applicant's).
/// A MudTextField is a stack of components each with MudBlazor's parameter state, and even a component of our own per
/// field was a good part of the largest form's memory per live circuit (ADR 0026). Bound on <c>oninput</c> like
/// <c>@bind:event="oninput"</c>: each keystroke's text is recorded in the rendered tree and never sent back to the element.
/// </summary>
public static class NativeTextBox
{
    /// <summary>
    /// Writes the box at the builder's position (no region of its own), keyed by <paramref name="key"/> among its
    /// siblings. <paramref name="typed"/> is the input's binder (<c>EventCallback.Factory.CreateBinder</c>), made once by
    /// the caller: one made per render is a delegate and a closure in both render trees of every input of every circuit.
    /// </summary>
    /// <param name="markup">Label, id, required, error and help (<see cref="InputMarkup.Look"/>), and their markup.</param>
    /// <param name="shown">The text the input shows (<see cref="EnteredValue.Shown"/>).</param>
    /// <param name="owner">The component that renders it: it hears the events and renders after them.</param>
    /// <param name="typed">Every keystroke's text: the input's binder.</param>
    /// <param name="left">The field was left.</param>
    /// <param name="key">The box's key among its siblings (null for a box alone in its owner).</param>
    public static void Write(RenderTreeBuilder builder, InputMarkup markup, string shown, IHandleEvent owner, EventCallback<ChangeEventArgs> typed, Func<FocusEventArgs, Task> left, object? key)
    {
        var prefix = markup.Look.Prefix;
        var extra = prefix is not null ? " mud-input-adorned-start mud-shrink" : shown.Length > 0 ? " mud-shrink" : string.Empty;
        var control = markup.Look.Filled
            ? "mud-input-control mud-input-control-margin-dense mud-input-filled-with-label mud-input-input-control cs-native-text"
            : "mud-input-control mud-input-input-control cs-native-text";
        NativeInputs.Shell(builder, markup, control, extra, builder =>
        {
            if (prefix is not null)
            {
                builder.AddMarkupContent(7, markup.PrefixMarkup);
            }
            Input(builder, markup, shown, owner, typed, left);
        }, key);
    }

    private static void Input(RenderTreeBuilder builder, InputMarkup markup, string shown, IHandleEvent owner, EventCallback<ChangeEventArgs> typed, Func<FocusEventArgs, Task> left)
    {
        var look = markup.Look;
        var multiline = look.Lines > 1;
        builder.OpenElement(12, multiline ? "textarea" : "input");
        builder.AddAttribute(13, "id", look.Id);
        // An input with no type is a text box, and text is the default input mode: neither is written (one frame each, ADR 0026).
        builder.AddAttribute(15, "inputmode", look.InputMode is "text" ? null : look.InputMode);
        builder.AddAttribute(22, "rows", multiline ? LinesText(look.Lines) : null);
        builder.AddAttribute(16, "class", look.Filled ? "mud-input-slot mud-input-root mud-input-root-filled mud-input-root-margin-dense"
            : look.Prefix is not null ? "mud-input-slot mud-input-root mud-input-root-outlined mud-input-root-margin-dense mud-input-root-adorned-start"
            : "mud-input-slot mud-input-root mud-input-root-outlined mud-input-root-margin-dense");
        builder.AddAttribute(17, "readonly", look.ReadOnly);
        builder.AddAttribute(18, "maxlength", look.MaxLength);
        builder.AddAttribute(19, "value", BindConverter.FormatValue(shown));
        builder.AddAttribute(20, "oninput", typed);
        builder.SetUpdatesAttributeName("value");
        builder.AddAttribute(21, "onblur", EventCallback.Factory.Create(owner, left));
        NativeInputs.Aria(builder, markup);
        builder.CloseElement();
    }

    private static string LinesText(int lines) => lines switch
    {
        3 => "3",
        _ => lines.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
