using ClerkStation.Domain.Cases;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.FollowUps;

public partial class FollowUpPartRow
{
    [Parameter, EditorRequired] public FollowUpPart Part { get; set; } = default!;
    [Parameter] public bool Busy { get; set; }
    [Parameter] public EventCallback<FollowUpPart> OnRecord { get; set; }
    [Parameter] public EventCallback<FollowUpPart> OnDeliver { get; set; }

    private string StatusText => Part.Status == CaseStatus.ReadyForDelivery && Part.Outcome is { } outcome
        ? $"{L["CaseStatus." + Part.Status]} · {L["Outcome." + outcome]}"
        : L["CaseStatus." + Part.Status];

    // 不予许可 is a result to hand out too, but it must not look like 准予许可.
    private Color StatusColour => Part.Status switch
    {
        CaseStatus.ReadyForDelivery when Part.Outcome == CaseOutcome.Denied => Color.Error,
        CaseStatus.ReadyForDelivery => Color.Success,
        CaseStatus.SupplementRequested => Color.Warning,
        CaseStatus.Delivered => Color.Default,
        _ => Color.Info,
    };
}
