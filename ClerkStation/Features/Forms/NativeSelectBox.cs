using ClerkStation.Domain.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;

namespace ClerkStation.Features.Forms;

/// <summary>
/// A catalog drop-down as markup, written out by its <see cref="DynamicField"/>: a native <c>&lt;select&gt;</c> dressed in
/// MudBlazor's outlined, dense input classes. A MudSelect renders its options twice as components (the list in its
/// popover and a hidden shadow copy), which made each household row cost ~0.5 MB per live circuit; a select is one element
/// with plain options (ADR 0026). Bound like <c>@bind</c>: Blazor records each value the select reports in the rendered
/// tree before the next render, so the server never pushes back a value the select has already moved past (fast arrows).
/// </summary>
public static class NativeSelectBox
{
    /// <param name="look">Label, id, required, error and help.</param>
    /// <param name="options">The field's options.</param>
    /// <param name="shown">The value the select shows (<see cref="EnteredValue.Shown"/>).</param>
    /// <param name="owner">The component that renders it: it hears the events and renders after them.</param>
    /// <param name="chosen">Each value the select reports.</param>
    /// <param name="left">The field was left.</param>
    public static RenderFragment Render(
        InputLook look, IReadOnlyList<FieldOption> options, string shown, IHandleEvent owner, Func<string?, Task> chosen, Func<FocusEventArgs, Task> left) => builder =>
    {
        NativeInputs.Shell(builder, look, "cs-native-select", " mud-shrink", builder =>
        {
            builder.OpenElement(6, "select");
            builder.AddAttribute(7, "id", look.Id);
            builder.AddAttribute(8, "class", "mud-input-slot mud-input-root mud-input-root-outlined mud-input-root-margin-dense");
            builder.AddAttribute(9, "value", BindConverter.FormatValue(shown));
            builder.AddAttribute(10, "onchange", EventCallback.Factory.CreateBinder(owner, chosen, shown));
            builder.SetUpdatesAttributeName("value");
            builder.AddAttribute(11, "onblur", EventCallback.Factory.Create(owner, left));
            builder.AddAttribute(12, "disabled", look.ReadOnly);
            NativeInputs.Aria(builder, look);
            Options(builder, options);
            builder.CloseElement();
        });
    };

    private static void Options(RenderTreeBuilder builder, IReadOnlyList<FieldOption> options)
    {
        builder.OpenElement(104, "option");
        builder.AddAttribute(105, "value", string.Empty);
        builder.CloseElement();
        foreach (var option in options)
        {
            builder.OpenElement(106, "option");
            builder.SetKey(option.Value);
            builder.AddAttribute(107, "value", option.Value);
            builder.AddContent(108, option.Label.Current);
            builder.CloseElement();
        }
    }
}
