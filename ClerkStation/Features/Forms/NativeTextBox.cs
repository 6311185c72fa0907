using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;

namespace ClerkStation.Features.Forms;

/// <summary>
/// A single-line text field as markup: a native <c>&lt;input&gt;</c> dressed in MudBlazor's outlined, dense input classes,
/// written out by its owner (<see cref="DynamicField"/> for catalog fields, <see cref="NativeText"/> for the applicant's).
/// A MudTextField is a stack of components each with MudBlazor's parameter state, and even a component of our own per
/// field was a good part of the largest form's memory per live circuit (ADR 0026). Bound on <c>oninput</c> like
/// <c>@bind:event="oninput"</c>: each keystroke's text is recorded in the rendered tree and never sent back to the element.
/// </summary>
public static class NativeTextBox
{
    /// <param name="look">Label, id, required, error and help.</param>
    /// <param name="shown">The text the input shows (<see cref="EnteredValue.Shown"/>).</param>
    /// <param name="owner">The component that renders it: it hears the events and renders after them.</param>
    /// <param name="typed">Every keystroke's text.</param>
    /// <param name="left">The field was left.</param>
    public static RenderFragment Render(InputLook look, string shown, IHandleEvent owner, Func<string?, Task> typed, Func<FocusEventArgs, Task> left) => builder =>
    {
        var prefixed = look.Prefix is not null;
        NativeInputs.Shell(builder, look, "cs-native-text", (prefixed ? " mud-input-adorned-start" : null) + (shown.Length > 0 || prefixed ? " mud-shrink" : null), builder =>
        {
            if (prefixed)
            {
                builder.OpenElement(6, "div");
                builder.AddAttribute(7, "class", "mud-input-adornment mud-input-adornment-start mud-text");
                builder.AddAttribute(8, "aria-hidden", "true");
                builder.OpenElement(9, "p");
                builder.AddAttribute(10, "class", "mud-typography mud-typography-body1");
                builder.AddContent(11, look.Prefix);
                builder.CloseElement();
                builder.CloseElement();
            }
            Input(builder, look, shown, owner, typed, left);
        });
    };

    private static void Input(RenderTreeBuilder builder, InputLook look, string shown, IHandleEvent owner, Func<string?, Task> typed, Func<FocusEventArgs, Task> left)
    {
        builder.OpenElement(12, "input");
        builder.AddAttribute(13, "id", look.Id);
        builder.AddAttribute(14, "type", "text");
        builder.AddAttribute(15, "inputmode", look.InputMode);
        builder.AddAttribute(16, "class", "mud-input-slot mud-input-root mud-input-root-outlined mud-input-root-margin-dense"
            + (look.Prefix is not null ? " mud-input-root-adorned-start" : null));
        builder.AddAttribute(17, "readonly", look.ReadOnly);
        builder.AddAttribute(18, "maxlength", look.MaxLength);
        builder.AddAttribute(19, "value", BindConverter.FormatValue(shown));
        builder.AddAttribute(20, "oninput", EventCallback.Factory.CreateBinder(owner, typed, shown));
        builder.SetUpdatesAttributeName("value");
        builder.AddAttribute(21, "onblur", EventCallback.Factory.Create(owner, left));
        NativeInputs.Aria(builder, look);
        builder.CloseElement();
    }
}
