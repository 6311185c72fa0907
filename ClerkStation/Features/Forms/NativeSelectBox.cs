using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ClerkStation.Domain.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;

namespace ClerkStation.Features.Forms;

/// <summary>
/// A catalog drop-down as markup, written out by its <see cref="FieldInput"/>: a native <c>&lt;select&gt;</c> dressed in
/// MudBlazor's outlined, dense input classes. A MudSelect renders its options twice as components (the list in its
/// popover and a hidden shadow copy), which made each household row cost ~0.5 MB per live circuit; a select is one element
/// with plain options (ADR 0026), and the options are one markup frame built once per option list and language. Bound
/// like <c>@bind</c>: Blazor records each value the select reports in the rendered tree before the next render, so the
/// server never pushes back a value the select has already moved past (fast arrows); Blazor applies the value after the
/// options are in (and a changed option list is a new select, keyed by it, so the value is applied again).
/// </summary>
public static class NativeSelectBox
{
    private static readonly ConditionalWeakTable<IReadOnlyList<FieldOption>, ConcurrentDictionary<string, string>> OptionsHtml = [];

    /// <summary>
    /// Writes the select at the builder's position (no region of its own), keyed by <paramref name="key"/> among its
    /// siblings.
    /// </summary>
    /// <param name="markup">Label, id, required, error and help (<see cref="InputMarkup.Look"/>), and their markup.</param>
    /// <param name="options">The field's options.</param>
    /// <param name="shown">The value the select shows (<see cref="EnteredValue.Shown"/>).</param>
    /// <param name="owner">The component that renders it: it hears the events and renders after them.</param>
    /// <param name="chosen">Each value the select reports: its binder, made once by the caller (<see cref="NativeTextBox.Write"/>).</param>
    /// <param name="left">The field was left.</param>
    /// <param name="key">The select's key among its siblings.</param>
    public static void Write(
        RenderTreeBuilder builder, InputMarkup markup, IReadOnlyList<FieldOption> options, string shown, IHandleEvent owner, EventCallback<ChangeEventArgs> chosen, Func<FocusEventArgs, Task> left, object? key)
    {
        var look = markup.Look;
        var optionsHtml = Options(options);
        NativeInputs.Shell(builder, markup, "mud-input-control mud-input-input-control cs-native-select", " mud-shrink", builder =>
        {
            builder.OpenElement(7, "select");
            builder.SetKey(optionsHtml);
            builder.AddAttribute(8, "id", look.Id);
            builder.AddAttribute(9, "class", "mud-input-slot mud-input-root mud-input-root-outlined mud-input-root-margin-dense");
            builder.AddAttribute(10, "value", BindConverter.FormatValue(shown));
            builder.AddAttribute(11, "onchange", chosen);
            builder.SetUpdatesAttributeName("value");
            builder.AddAttribute(12, "onblur", EventCallback.Factory.Create(owner, left));
            builder.AddAttribute(13, "disabled", look.ReadOnly);
            NativeInputs.Aria(builder, markup);
            builder.AddMarkupContent(104, optionsHtml);
            builder.CloseElement();
        }, key);
    }

    /// <summary>An empty option, then each option with its label in the current language.</summary>
    internal static string Options(IReadOnlyList<FieldOption> options) =>
        OptionsHtml.GetOrCreateValue(options).GetOrAdd(CultureInfo.CurrentUICulture.Name, static (_, options) =>
        {
            var html = new StringBuilder("<option value=\"\"></option>");
            foreach (var option in options)
            {
                html.Append("<option value=\"").Append(InputMarkup.Html(option.Value)).Append("\">")
                    .Append(InputMarkup.Html(option.Label.Current)).Append("</option>");
            }
            return html.ToString();
        }, options);
}
