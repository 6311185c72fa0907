using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Printing;

public partial class PrintHeader
{
    [Parameter, EditorRequired]
    public string Title { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public string Number { get; set; } = string.Empty;
}
