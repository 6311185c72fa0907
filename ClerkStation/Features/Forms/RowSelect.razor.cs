using ClerkStation.Domain.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace ClerkStation.Features.Forms;

/// <summary>
/// A select field inside a group row (<see cref="DynamicField"/> decides): the same label, id, required and error
/// semantics as the MudSelect it replaces, without a component per option. Rendered only by its DynamicField, which
/// hands it what it shows; the choice goes back through <see cref="OnChange"/>, leaving the field through
/// <see cref="OnLeave"/>.
/// </summary>
public sealed partial class RowSelect
{
    [Parameter, EditorRequired]
    public FieldDefinition Field { get; set; } = default!;

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

    [Parameter]
    public EventCallback<string?> OnChange { get; set; }

    [Parameter]
    public EventCallback<FocusEventArgs> OnLeave { get; set; }

    private string LabelText => Required ? Field.Label.Current + " *" : Field.Label.Current;

    private string InputClass =>
        "mud-input mud-input-outlined mud-input-margin-dense mud-shrink mud-typography-input"
        + (Error is null ? string.Empty : " mud-input-error") + (ReadOnly ? " mud-disabled" : string.Empty);

    private string LabelClass =>
        "mud-input-label mud-input-label-animated mud-input-label-outlined mud-input-label-margin-dense mud-input-label-inputcontrol"
        + (Error is null ? string.Empty : " mud-input-error");

    private string? DescribedBy => Error is not null ? Id + "-error" : Help is null ? null : Id + "-help";

    // What the select shows: the value it last reported, until the parent hands a different one (a change made on the
    // server). Rendering the reported value at once, before the parent renders, keeps a render of this component alone
    // from sending an older value back to the element.
    private string _shown = string.Empty;
    private string? _given;

    private string Shown => _shown;

    protected override void OnParametersSet()
    {
        if (!string.Equals(Value, _given, StringComparison.Ordinal))
        {
            _given = Value;
            _shown = Value ?? string.Empty;
        }
    }

    private Task ChangedAsync(string? value)
    {
        _shown = value ?? string.Empty;
        _given = value is { Length: > 0 } ? value : null;
        return OnChange.InvokeAsync(_given);
    }

    private Task OnBlur(FocusEventArgs args) => OnLeave.InvokeAsync(args);
}
