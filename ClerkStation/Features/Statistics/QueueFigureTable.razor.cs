using ClerkStation.Domain.Queue;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Statistics;

public partial class QueueFigureTable
{
    [Parameter, EditorRequired] public string Title { get; set; } = string.Empty;
    [Parameter, EditorRequired] public IReadOnlyList<QueueFigureRow> Rows { get; set; } = [];
    [Parameter, EditorRequired] public Func<QueueFigureRow, string> KeyName { get; set; } = r => r.Key;
    [Parameter] public string? TestId { get; set; }
}
