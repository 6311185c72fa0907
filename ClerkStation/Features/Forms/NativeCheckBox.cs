using ClerkStation.Features.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace ClerkStation.Features.Forms;

/// <summary>
/// A check box as the markup <c>MudCheckBox</c> renders (same classes, the same icon), written out by its parent: a
/// <c>MudCheckBox</c> is three components (the box, its input control, its icon) in every circuit, and a form holds
/// one per check box and per option of a multiple choice (ADR 0026). The input is a native check box, so Space toggles
/// it and a label click reaches it; the callback given hears the new state. A read-only box ignores clicks.
/// </summary>
public static class NativeCheckBox
{
    /// <param name="look">What the box shows.</param>
    /// <param name="changed">Created by the parent (<c>EventCallback.Factory.Create&lt;ChangeEventArgs&gt;(this, …)</c>), so the parent renders after a change.</param>
    public static RenderFragment Render(CheckBoxLook look, EventCallback<ChangeEventArgs> changed) => builder =>
    {
        var colour = look.ReadOnly ? "mud-default-text mud-readonly" : "mud-primary-text hover:mud-primary-hover mud-ripple mud-ripple-checkbox";
        var classes = new BooleanInputClasses(
            "mud-input-control mud-input-control-boolean-input" + (look.Error ? " mud-input-error" : null) + (look.ReadOnly ? " mud-readonly" : null),
            "mud-checkbox" + (look.ReadOnly ? " mud-readonly" : null) + " mud-input-content-placement-end",
            $"mud-button-root mud-icon-button {colour}{(look.Dense ? " mud-checkbox-dense" : null)} mud-checkbox-{(look.Checked ? "true" : "false")}",
            "mud-typography mud-typography-body1" + (look.Error ? " mud-error-text" : null));
        var icon = SvgIcon.Render(look.Checked ? Icons.Material.Filled.CheckBox : Icons.Material.Filled.CheckBoxOutlineBlank, colour: look.Error ? "mud-error-text" : null);
        BooleanInputMarkup.Render(builder, classes, b => Input(b, look, changed), icon, look.Label, look.Required);
    };

    private static void Input(RenderTreeBuilder builder, CheckBoxLook look, EventCallback<ChangeEventArgs> changed)
    {
        builder.OpenElement(8, "input");
        builder.AddAttribute(9, "id", look.Id);
        builder.AddAttribute(10, "type", "checkbox");
        builder.AddAttribute(11, "class", "mud-checkbox-input");
        builder.AddAttribute(12, "checked", look.Checked);
        builder.AddAttribute(13, "aria-required", look.Required ? "true" : null);
        builder.AddAttribute(14, "aria-invalid", look.Error ? "true" : null);
        builder.AddAttribute(15, "aria-describedby", look.DescribedBy);
        builder.AddAttribute(16, "onchange", changed);
        builder.AddEventPreventDefaultAttribute(17, "onclick", look.ReadOnly);
        builder.CloseElement();
    }
}

/// <summary>What a <see cref="NativeCheckBox"/> shows. <see cref="Id"/> may be null for an option of a list.</summary>
public sealed record CheckBoxLook(string? Id, string Label, bool Checked)
{
    public bool Required { get; init; }
    public bool ReadOnly { get; init; }
    public bool Error { get; init; }
    public bool Dense { get; init; }
    public string? DescribedBy { get; init; }
}
