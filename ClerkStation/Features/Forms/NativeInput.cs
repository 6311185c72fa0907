using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace ClerkStation.Features.Forms;

/// <summary>
/// What a native input (<see cref="NativeText"/>, <see cref="NativeSelect"/>) shares with the MudBlazor field it
/// replaces: id, required mark, error and help (and the aria ids that name them), MudBlazor's outlined dense classes, and
/// the value it shows: the one the user last gave it, until the parent hands a different one (a change made on the server).
/// A base class rather than a wrapping component: a component per field is what these inputs exist to save (ADR 0026).
/// </summary>
public abstract class NativeInput : ComponentBase
{
    [Parameter, EditorRequired]
    public string Id { get; set; } = string.Empty;

    [Parameter]
    public string? Value { get; set; }

    [Parameter]
    public bool Required { get; set; }

    [Parameter]
    public bool ReadOnly { get; set; }

    [Parameter]
    public string? Error { get; set; }

    [Parameter]
    public string? Help { get; set; }

    /// <summary>The value, once the input commits it (a pause in typing, leaving, a choice).</summary>
    [Parameter]
    public EventCallback<string?> OnChange { get; set; }

    [Parameter]
    public EventCallback<FocusEventArgs> OnLeave { get; set; }

    /// <summary>What the input shows.</summary>
    protected string Shown { get; set; } = string.Empty;

    /// <summary>The value last handed in by the parent or committed to it.</summary>
    protected string? Given { get; set; }

    /// <summary>The field's label, without the required mark.</summary>
    protected abstract string LabelOf { get; }

    /// <summary>The label with its required mark, for the outline's notch (aria-hidden); the label element itself marks
    /// "required" with an aria-hidden " *", so its accessible name is the label alone and aria-required says the rest.</summary>
    protected string LabelText => Required ? LabelOf + " *" : LabelOf;

    protected string LabelClass =>
        "mud-input-label mud-input-label-animated mud-input-label-outlined mud-input-label-margin-dense mud-input-label-inputcontrol"
        + ErrorClass;

    protected string? DescribedBy => Error is not null ? Id + "-error" : Help is null ? null : Id + "-help";

    /// <summary>The outlined dense input's classes, with <paramref name="extra"/> (adornment, shrink) and the error and disabled states.</summary>
    protected string InputClassWith(string extra) =>
        "mud-input mud-input-outlined mud-input-margin-dense mud-typography-input" + extra + ErrorClass + (ReadOnly ? " mud-disabled" : string.Empty);

    protected override void OnParametersSet()
    {
        if (!string.Equals(Value, Given, StringComparison.Ordinal))
        {
            ValueReplaced();
            Given = Value;
            Shown = Value ?? string.Empty;
        }
    }

    /// <summary>The parent handed a different value: what the input was about to do with the old one is dropped.</summary>
    protected virtual void ValueReplaced()
    {
    }

    private string ErrorClass => Error is null ? string.Empty : " mud-input-error";
}
