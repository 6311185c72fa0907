using ClerkStation.Domain.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace ClerkStation.Features.Forms;

/// <summary>
/// A catalog select field, in a group row or not (<see cref="DynamicField"/> renders every select with it): the same label, id, required and error
/// semantics as the MudSelect it replaces, without a component per option. Rendered only by its DynamicField, which
/// hands it what it shows; the choice goes back through <see cref="NativeInput.OnChange"/>, leaving the field through
/// <see cref="NativeInput.OnLeave"/>.
/// </summary>
public sealed partial class NativeSelect : NativeInput
{
    [Parameter, EditorRequired]
    public FieldDefinition Field { get; set; } = default!;

    protected override string LabelOf => Field.Label.Current;

    private string InputClass => InputClassWith(" mud-shrink");

    // The value the select reports is shown at once, before the parent renders: a render of this component alone then
    // never sends an older value back to the element.
    private Task ChangedAsync(string? value)
    {
        Shown = value ?? string.Empty;
        Given = value is { Length: > 0 } ? value : null;
        return OnChange.InvokeAsync(Given);
    }

    private Task OnBlur(FocusEventArgs args) => OnLeave.InvokeAsync(args);
}
