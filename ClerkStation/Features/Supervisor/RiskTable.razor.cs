using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Supervisor;

public partial class RiskTable
{
    [Parameter] public IReadOnlyList<RiskRow> Rows { get; set; } = [];
    [Parameter] public EventCallback<RiskRow> OnReassign { get; set; }
    [Parameter] public string Label { get; set; } = string.Empty;
    [Parameter] public string? TestId { get; set; }
}
