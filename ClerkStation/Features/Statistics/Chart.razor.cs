using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Statistics;

public partial class Chart
{
    private const int MaxAxisLabels = 10;
    private List<ChartSeries<double>> _series = [];
    private string[] _axisLabels = [];

    [Parameter] public string Title { get; set; } = string.Empty;
    [Parameter] public ChartType Type { get; set; }
    [Parameter] public string[] Labels { get; set; } = [];
    [Parameter] public IReadOnlyList<(string Name, double[] Values)> Series { get; set; } = [];
    [Parameter] public string? TestId { get; set; }

    protected override void OnParametersSet()
    {
        _series = Series.Select(s => new ChartSeries<double> { Name = s.Name, Data = s.Values }).ToList();
        // A month of days does not fit under the axis: label every n-th point (the table above keeps every figure).
        var step = (int)Math.Ceiling(Labels.Length / (double)MaxAxisLabels);
        _axisLabels = step <= 1 ? Labels : Labels.Select((label, i) => i % step == 0 ? label : string.Empty).ToArray();
    }
}
