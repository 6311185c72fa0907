using ClerkStation.Domain.Forms;
using ClerkStation.Features.Forms;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>
/// Stands in for <see cref="DynamicForm"/> around one select field: renders its <see cref="DynamicField"/> (which writes
/// the native select out), hands it the form's data, and renders again from the top after each change, as the form does.
/// </summary>
internal sealed class NativeSelectHost : ComponentBase
{
    private readonly FormData _data = new();
    private DynamicFormContext? _context;

    [Parameter]
    public FieldDefinition Field { get; set; } = default!;

    [Parameter]
    public string? Value { get; set; }

    public int Changes { get; private set; }

    /// <summary>The value the form holds.</summary>
    public string? Held => _data.Get(Field.Key);

    public void SetValue(string? value)
    {
        _data.Set(Field.Key, value);
        StateHasChanged();
    }

    protected override void OnInitialized()
    {
        _data.Set(Field.Key, Value);
        _context = new DynamicFormContext(() =>
        {
            Changes++;
            StateHasChanged();
            return Task.CompletedTask;
        }, _ => { })
        {
            Form = new FormDefinition([Field]),
            Root = _data,
        };
    }

    protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
    {
        builder.OpenComponent<DynamicField>(0);
        builder.AddComponentParameter(1, nameof(DynamicField.FormContext), _context);
        builder.AddComponentParameter(2, nameof(DynamicField.Field), Field);
        builder.AddComponentParameter(3, nameof(DynamicField.Row), _data);
        builder.AddComponentParameter(4, nameof(DynamicField.Path), Field.Key);
        builder.CloseComponent();
    }
}
