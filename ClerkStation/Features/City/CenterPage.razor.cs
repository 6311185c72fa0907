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
        var today = Clock.Today;
        _to ??= today.ToDateTime(TimeOnly.MinValue);
        _from ??= today.AddDays(1 - CityRange.DefaultDays).ToDateTime(TimeOnly.MinValue);
        if (RendererInfo.IsInteractive)
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        var (from, to) = CityRange.Of(_from, _to, Clock.Today);
        try
        {
            _report = await Mediator.Send(new GetCenterFigures(Code, from, to));
            _notFound = _report is null;
        }
        catch (Exception ex) when (UserMessages.Describe(L, ex) is { } message)
        {
            Snackbar.Add(message, Severity.Error);
        }
    }

    private string DepartmentName(string code) => Store.Catalog.FindDepartment(code)?.Name.Current ?? code;

    private IReadOnlyList<(string Name, double[] Values)> DaySeries(StatisticsReport r) =>
    [
        (L["Sup.Accepted"].Value, r.Days.Select(d => (double)d.Accepted).ToArray()),
        (L["Sup.Instant"].Value, r.Days.Select(d => (double)d.Instant).ToArray()),
    ];

    private static string[] DayLabels(StatisticsReport r) => r.Days.Select(d => d.Day.ToString("MM-dd")).ToArray();
}
