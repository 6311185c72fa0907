using ClerkStation.Features.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Statistics;

public partial class StatisticsPage
{
    private DateTime? _from;
    private DateTime? _to;
    private string? _department;
    private StatisticsReport? _report;
    private ClerkStation.Domain.Queue.QueueStatistics? _queue;

    protected override async Task OnInitializedAsync()
    {
        var today = Clock.Today;
        _to = today.ToDateTime(TimeOnly.MinValue);
        _from = today.AddDays(-29).ToDateTime(TimeOnly.MinValue);
        if (RendererInfo.IsInteractive)
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        var today = Clock.Today;
        var filter = new StatisticsFilter(
            _from is { } f ? DateOnly.FromDateTime(f) : today.AddDays(-29),
            _to is { } t ? DateOnly.FromDateTime(t) : today,
            _department);
        try
        {
            _report = await Mediator.Send(new GetStatistics(filter));
            _queue = await Mediator.Send(new GetQueueStatistics(filter.From, filter.To));
        }
        catch (Exception ex) when (UserMessages.Describe(L, ex) is { } message)
        {
            Snackbar.Add(message, Severity.Error);
        }
    }

    private string DepartmentName(string code) => Store.Catalog.FindDepartment(code)?.Name.Current ?? code;

    // The charts show the ten busiest departments (readable axis); the table below lists them all.
    private static List<DepartmentFigures> TopDepartments(StatisticsReport r) => r.Departments.Take(10).ToList();

    private static string[] DayLabels(StatisticsReport r) =>
        r.Days.Select((d, i) => r.Days.Count <= 31 || i % 7 == 0 ? d.Day.ToString("MM-dd") : "").ToArray();
}
