using System.Globalization;
using ClerkStation.Features.Shared;
using MudBlazor;

namespace ClerkStation.Features.City;

public partial class CityPage
{
    private DateTime? _from;
    private DateTime? _to;
    private IReadOnlyList<CenterFigures>? _rows;

    protected override async Task OnInitializedAsync()
    {
        var today = Clock.Today;
        _to = today.ToDateTime(TimeOnly.MinValue);
        _from = today.AddDays(1 - CityRange.DefaultDays).ToDateTime(TimeOnly.MinValue);
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
            _rows = await Mediator.Send(new GetCityComparison(from, to));
        }
        catch (Exception ex) when (UserMessages.Describe(L, ex) is { } message)
        {
            Snackbar.Add(message, Severity.Error);
        }
    }

    private static string Percent(double value) => value.ToString("0.0", CultureInfo.CurrentCulture) + " %";

    /// <summary>Average working days taken against the average promised, e.g. "3.2 / 10.0".</summary>
    private static string Handling(CenterFigures row) => row.Handling.Cases == 0
        ? "—"
        : string.Create(CultureInfo.CurrentCulture, $"{row.Handling.AverageWorkingDays:0.0} / {row.Handling.AveragePromisedDays:0.0}");
}
