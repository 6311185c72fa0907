using ClerkStation.Domain.Cases;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.BackOffice;

public partial class QueueFilters
{
    private static readonly CaseStatus?[] Statuses = [CaseStatus.Routed, CaseStatus.InReview, CaseStatus.SupplementRequested, CaseStatus.Suspended];
    private static readonly DeadlineLight?[] Lights = [DeadlineLight.Green, DeadlineLight.Yellow, DeadlineLight.Red, DeadlineLight.Severe, DeadlineLight.None];

    [Parameter] public CaseStatus? Status { get; set; }
    [Parameter] public EventCallback<CaseStatus?> StatusChanged { get; set; }
    [Parameter] public DeadlineLight? Light { get; set; }
    [Parameter] public EventCallback<DeadlineLight?> LightChanged { get; set; }
    [Parameter] public string? Text { get; set; }
    [Parameter] public EventCallback<string?> TextChanged { get; set; }
}
