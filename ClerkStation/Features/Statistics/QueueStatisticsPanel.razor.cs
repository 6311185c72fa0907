using ClerkStation.Domain.Queue;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Statistics;

public partial class QueueStatisticsPanel
{
    [Parameter, EditorRequired] public QueueStatistics Figures { get; set; } = default!;

    private string CategoryName(string letter) => Settings.Categories.FirstOrDefault(c => c.Letter == letter)?.Name.Current ?? string.Empty;

    private static double[] Values(IReadOnlyList<QueueFigureRow> rows, Func<QueueFigureRow, double?> value) => rows.Select(r => value(r) ?? 0).ToArray();
}
