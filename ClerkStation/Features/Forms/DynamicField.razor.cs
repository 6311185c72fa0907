using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Forms;

/// <summary>
/// One field at the top of a form: a section heading, a repeating group, a choice list, or a single input written out
/// by its <see cref="FieldInput"/>. Inside a group row the row writes its single inputs itself (<see cref="GroupRow"/>)
/// and holds a <see cref="DynamicField"/> only for a section, nested group or choice list.
/// </summary>
public sealed partial class DynamicField
{
    private FieldInput? _input;
    private readonly RenderFragment _render;

    public DynamicField() => _render = builder => _input!.Render(builder);

    protected override void OnParametersSet()
    {
        if (FieldInput.Writes(Field.Kind))
        {
            _input ??= new FieldInput(this, InvokeAsync, L);
            _input.Bind(FormContext, Field, Row, Path);
        }
    }

    // An input renders only when what it shows changed (FieldInput.Changed); containers (groups, choice lists) always
    // render and leave the decision to their fields.
    protected override bool ShouldRender() => _input is null || !FieldInput.Writes(Field.Kind) || _input.Changed();

    public void Dispose() => _input?.Dispose();
}
