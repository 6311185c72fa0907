using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Intake;

public partial class DecisionBar
{
    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public EventCallback OnAccept { get; set; }

    [Parameter]
    public EventCallback OnNotice { get; set; }

    [Parameter]
    public EventCallback OnRefuse { get; set; }
}
