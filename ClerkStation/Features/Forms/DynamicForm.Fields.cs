using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace ClerkStation.Features.Forms;

/// <summary>
/// The form writes its top-level fields itself (<see cref="RowFields"/>), as a household row does: a component per
/// field was two render trees and a component's state in every live circuit (ADR 0026).
/// </summary>
public sealed partial class DynamicForm
{
    private readonly RenderFragment _fields;
    private RowFields? _rowFields;

    /// <summary>Set when everything is written again (new parameters, a committed value, the whole form checked); else only a changed input renders the form.</summary>
    private bool _renderAll = true;

    /// <summary>
    /// The form renders after each committed value, row added or removed, whole-form check and new parameters; after a
    /// keystroke only when the field went from empty to holding text (the label moves up): the input keeps its own text.
    /// </summary>
    protected override bool ShouldRender()
    {
        if (_renderAll)
        {
            return true;
        }

        BindFields();
        return _rowFields!.Changed();
    }

    private void BindFields()
    {
        _rowFields ??= new RowFields(this, InvokeAsync, L);
        _rowFields.Bind(_context, Form.Fields, Data, string.Empty);
    }

    private void RenderAll()
    {
        _renderAll = true;
        StateHasChanged();
    }

    /// <summary>The fields as they are when the render runs (a render asked for earlier may run after more changes).</summary>
    private void RenderFields(RenderTreeBuilder builder)
    {
        _renderAll = false;
        BindFields();
        _rowFields!.Render(builder);
    }

    public void Dispose() => _rowFields?.Dispose();
}
