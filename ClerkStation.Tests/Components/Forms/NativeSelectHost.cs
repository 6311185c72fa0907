using ClerkStation.Domain.Forms;
using ClerkStation.Features.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>
/// Stands in for <see cref="DynamicForm"/> around one select field: writes it out (<see cref="RowFields"/>), hands it the
/// form's data, and renders again from the top after each change, as the form does.
/// </summary>
internal sealed class NativeSelectHost : ComponentBase
{
    private readonly FormData _data = new();
    private DynamicFormContext? _context;
    private RowFields? _fields;

    [Inject]
    private IStringLocalizer<SharedResource> L { get; set; } = default!;

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
        _fields ??= new RowFields(this, InvokeAsync, L);
        _fields.Bind(_context!, [Field], _data, string.Empty);
        _fields.Render(builder);
    }
}
