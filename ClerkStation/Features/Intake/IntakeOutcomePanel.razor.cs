using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Intake;

public partial class IntakeOutcomePanel
{
    [Parameter, EditorRequired]
    public IntakeOutcome Outcome { get; set; } = default!;

    [Parameter]
    public EventCallback OnNext { get; set; }
}
