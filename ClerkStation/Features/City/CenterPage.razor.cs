using ClerkStation.Features.Shared;
using ClerkStation.Features.Statistics;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.City;

public partial class CenterPage
{
    private DateTime? _from;
    private DateTime? _to;
    private CenterReport? _report;
    private bool _notFound;

    [Parameter] public string Code { get; set; } = string.Empty;

    protected override async Task OnParametersSetAsync()
    {
        if (RendererInfo.IsInteractive)
        {
            await LoadAsync();
        }
    }

    // Until a range is picked the handler shows the last days up to the center's own today, and the pickers show them.
    private async Task LoadAsync()
    {
        try
        {
            _report = await Mediator.Send(new GetCenterFigures(Code, Day(_from), Day(_to)));
            _notFound = _report is null;
            if (_report is { Figures.Filter: var shown })
            {
                (_from, _to) = (shown.From.ToDateTime(TimeOnly.MinValue), shown.To.ToDateTime(TimeOnly.MinValue));
            }
        }
        catch (Exception ex) when (UserMessages.Describe(L, ex) is { } message)
        {
            Snackbar.Add(message, Severity.Error);
        }
    }

    private static DateOnly? Day(DateTime? picked) => picked is { } d ? DateOnly.FromDateTime(d) : null;

    private string DepartmentName(string code) => Store.Catalog.FindDepartment(code)?.Name.Current ?? code;

    private IReadOnlyList<(string Name, double[] Values)> DaySeries(StatisticsReport r) =>
    [
        (L["Sup.Accepted"].Value, r.Days.Select(d => (double)d.Accepted).ToArray()),
        (L["Sup.Instant"].Value, r.Days.Select(d => (double)d.Instant).ToArray()),
    ];

    private static string[] DayLabels(StatisticsReport r) => r.Days.Select(d => d.Day.ToString("MM-dd")).ToArray();
}
