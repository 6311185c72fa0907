using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Supervisor;

public partial class CountTable
{
    [Parameter] public string Title { get; set; } = string.Empty;
    [Parameter] public IReadOnlyList<FloorCount> Rows { get; set; } = [];
    [Parameter] public string? TestId { get; set; }
}
