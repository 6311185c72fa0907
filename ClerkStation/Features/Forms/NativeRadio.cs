using ClerkStation.Features.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace ClerkStation.Features.Forms;

/// <summary>
/// A radio button as the markup <c>MudRadio</c> renders (same classes, the same icon), written out by its parent: a
/// <c>MudRadioGroup</c> is a component for the group and one per option in every circuit (ADR 0026). The input is a
/// native radio and every option of a group shares its <see cref="RadioLook.Name"/>, so the browser gives Tab (to the
/// chosen one) and the arrow keys (to the next enabled one, choosing it). A read-only group keeps only its choice in reach.
/// </summary>
public static class NativeRadio
{
    /// <param name="look">What the radio shows.</param>
    /// <param name="changed">Created by the parent (<c>EventCallback.Factory.Create&lt;ChangeEventArgs&gt;(this, …)</c>), so the parent renders after a change.</param>
    public static RenderFragment Render(RadioLook look, EventCallback<ChangeEventArgs> changed) => builder =>
    {
        var active = look.Enabled && !look.ReadOnly;
        var button = (active ? $"mud-ripple mud-ripple-radio mud-{look.Colour}-text hover:mud-{look.Colour}-hover" : look.Enabled ? "mud-readonly" : "mud-disabled")
            + (look.Checked ? " mud-checked" : null);
        var classes = new BooleanInputClasses(
            "mud-input-control mud-input-control-boolean-input mud-input-with-content" + (look.Enabled ? null : " mud-disabled"),
            "mud-radio mud-input-content-placement-end" + (look.Enabled ? null : " mud-disabled"),
            "mud-button-root mud-icon-button mud-radio-dense " + button,
            "mud-typography mud-typography-body1");
        var icon = SvgIcon.Render(look.Checked ? Icons.Material.Filled.RadioButtonChecked : Icons.Material.Filled.RadioButtonUnchecked);
        BooleanInputMarkup.Render(builder, classes, b => Input(b, look, changed), icon, look.Label, required: false);
    };

    private static void Input(RenderTreeBuilder builder, RadioLook look, EventCallback<ChangeEventArgs> changed)
    {
        builder.OpenElement(8, "input");
        builder.AddAttribute(9, "type", "radio");
        builder.AddAttribute(10, "class", "mud-radio-input");
        builder.AddAttribute(11, "name", look.Name);
        builder.AddAttribute(12, "value", look.Value);
        builder.AddAttribute(13, "checked", look.Checked);
        // Read only: the other options are out of reach, so neither a click nor an arrow key can change the choice.
        builder.AddAttribute(14, "disabled", !look.Enabled || (look.ReadOnly && !look.Checked));
        builder.AddAttribute(15, "onchange", changed);
        builder.AddEventPreventDefaultAttribute(16, "onclick", look.ReadOnly);
        builder.CloseElement();
    }
}

/// <summary>What a <see cref="NativeRadio"/> shows: the group's name, the option's value and label, and its state.</summary>
public sealed record RadioLook(string Name, string Value, string Label, bool Checked)
{
    public bool Enabled { get; init; } = true;
    public bool ReadOnly { get; init; }

    /// <summary>MudBlazor's colour name: <c>primary</c>, or <c>error</c> for a choice that means something is missing.</summary>
    public string Colour { get; init; } = "primary";
}
