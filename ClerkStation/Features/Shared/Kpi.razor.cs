using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Shared;

public partial class Kpi
{
    [Parameter] public string Label { get; set; } = string.Empty;
    [Parameter] public object? Value { get; set; }
    [Parameter] public string? Suffix { get; set; }
    [Parameter] public bool Warn { get; set; }
    [Parameter] public string? TestId { get; set; }
}
