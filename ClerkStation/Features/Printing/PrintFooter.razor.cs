using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Printing;

public partial class PrintFooter
{
    [Parameter, EditorRequired]
    public string Clerk { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public DateOnly Date { get; set; }
}
