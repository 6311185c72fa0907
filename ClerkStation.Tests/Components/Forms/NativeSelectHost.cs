using ClerkStation.Domain.Forms;
using ClerkStation.Features.Forms;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>Stands in for <see cref="DynamicField"/>: hands the select its value and takes its changes.</summary>
internal sealed class NativeSelectHost : ComponentBase
{
    [Parameter]
    public FieldDefinition Field { get; set; } = default!;

    [Parameter]
    public string? Value { get; set; }

    public int Changes { get; private set; }

    public void SetValue(string? value)
    {
        Value = value;
        StateHasChanged();
    }

    protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
    {
        builder.OpenComponent<NativeSelect>(0);
        builder.AddComponentParameter(1, nameof(NativeSelect.Field), Field);
        builder.AddComponentParameter(2, nameof(NativeSelect.Id), "f-members-1-status");
        builder.AddComponentParameter(3, nameof(NativeSelect.Value), Value);
        builder.AddComponentParameter(4, nameof(NativeSelect.OnChange), EventCallback.Factory.Create<string?>(this, value =>
        {
            Changes++;
            Value = value;
        }));
        builder.CloseComponent();
    }
}
