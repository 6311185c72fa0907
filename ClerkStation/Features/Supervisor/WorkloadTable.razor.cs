using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Supervisor;

public partial class WorkloadTable
{
    [Parameter] public string Title { get; set; } = string.Empty;
    [Parameter] public IReadOnlyList<Workload> Rows { get; set; } = [];
    [Parameter] public bool ShowReady { get; set; }
    [Parameter] public EventCallback<Workload> OnBulk { get; set; }
    [Parameter] public string? TestId { get; set; }
}
