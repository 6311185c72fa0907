using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Forms;

public partial class FieldMessages
{
    /// <summary>The field's element id; the messages get <c>{Id}-error</c> and <c>{Id}-help</c>.</summary>
    [Parameter, EditorRequired]
    public string Id { get; set; } = string.Empty;

    [Parameter]
    public string? Help { get; set; }

    [Parameter]
    public string? Error { get; set; }
}
