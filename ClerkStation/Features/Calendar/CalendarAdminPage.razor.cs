using ClerkStation.Domain.Calendar;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;
using MudBlazor;

namespace ClerkStation.Features.Calendar;

/// <summary>
/// /admin/calendar: one year at a time — where it comes from, its working days, the twelve months — and the editor for
/// the official arrangement (typed from the notice or imported from a file), with a preview before saving.
/// </summary>
public partial class CalendarAdminPage
{
    private const long MaxImportBytes = 256 * 1024;

    private int _year;
    private CalendarYearInfo? _info;
    private CalendarArrangement? _editing;
    private string? _importError;
    private IDisposable? _subscription;

    [Inject] private IMediator Mediator { get; set; } = default!;
    [Inject] private CenterClock Clock { get; set; } = default!;
    [Inject] private LiveUpdates Live { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "year")]
    private string? RequestedYear { get; set; } // a string: a hostile or mistyped ?year= falls back to the default year, never a 500

    protected override async Task OnInitializedAsync()
    {
        // Next year first once the State Council's notice is due (November), this year before.
        _year = int.TryParse(RequestedYear, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) && CalendarYear.IsSupported(y) ? y : Clock.Today.Month >= 11 ? Clock.Today.Year + 1 : Clock.Today.Year;
        if (RendererInfo.IsInteractive)
        {
            // Another administrator's save shows here at once.
            _subscription = Live.Subscribe(t => t == LiveUpdates.CalendarTopic, _ => InvokeAsync(async () => { await LoadAsync(); StateHasChanged(); }));
        }
        await LoadAsync();
    }

    private async Task LoadAsync() => _info = await Mediator.Send(new GetCalendarYear(_year));

    private async Task GoToAsync(int year)
    {
        if (!CalendarYear.IsSupported(year))
        {
            return;
        }
        _year = year;
        _editing = null;
        _importError = null;
        await LoadAsync();
    }

    private void Edit()
    {
        _importError = null;
        _editing = _info is { } info ? CalendarArrangement.From(info.Year) : null;
    }

    private async Task ImportAsync(IBrowserFile? file)
    {
        _importError = null;
        if (file is null)
        {
            return;
        }
        try
        {
            using var reader = new StreamReader(file.OpenReadStream(MaxImportBytes));
            var arrangement = await Mediator.Send(new ImportCalendarYear(await reader.ReadToEndAsync(), file.Name));
            await GoToAsync(arrangement.Year);
            _editing = arrangement;
        }
        catch (IOException)
        {
            _importError = L["Calendar.ImportTooLarge"];
        }
        catch (Exception ex) when (UserMessages.Describe(L, ex) is { } message)
        {
            _importError = message;
        }
    }

    private async Task ExportAsync()
    {
        var file = await Mediator.Send(new ExportCalendarYear(_year));
        await Js.InvokeVoidAsync("clerkStation.download", file.FileName, "application/json", file.Json);
    }

    private async Task SavedAsync(Infrastructure.Persistence.CalendarRecomputeSummary summary)
    {
        _editing = null;
        Snackbar.Add(L["Calendar.Saved", summary.Year, summary.CasesMoved, summary.CasesEarlier], Severity.Success);
        await LoadAsync();
    }

    public void Dispose() => _subscription?.Dispose();
}
