using ClerkStation.Domain.Forms;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Forms;

public partial class DynamicFields
{
    [Parameter, EditorRequired]
    public DynamicFormContext FormContext { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyList<FieldDefinition> Fields { get; set; } = [];

    [Parameter, EditorRequired]
    public FormData Row { get; set; } = default!;

    /// <summary>Path prefix of the scope: empty at the top, <c>members[1].</c> inside a row.</summary>
    [Parameter]
    public string Prefix { get; set; } = string.Empty;
}
