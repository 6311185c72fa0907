using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Cases;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ClerkStation.Features.BackOffice;

/// <summary>
/// The department queue: most urgent first, filterable by status, light and text; new and changed cases appear live.
/// Claim takes a case; if another reviewer was quicker the page says who.
/// </summary>
public partial class BackOfficePage
{
    private IReadOnlyList<QueueRow>? _rows;
    private IDisposable? _subscription;
    private string? _message;
    private bool _busy;
    private CaseStatus? _status;
    private DeadlineLight? _light;
    private string? _text;
    private int _loads;

    [Inject] private IMediator Mediator { get; set; } = default!;
    [Inject] private LiveUpdates Live { get; set; } = default!;
    [Inject] private CatalogStore Store { get; set; } = default!;
    [Inject] private CalendarService Calendars { get; set; } = default!;
    [Inject] private CenterClock Clock { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    /// <summary>This year or next year still counted provisionally (暂行日历): the official notice is wanted.</summary>
    private IEnumerable<int> ProvisionalYears =>
        new[] { Clock.Today.Year, Clock.Today.Year + 1 }.Where(y => Calendars.Current.ProvenanceOf(y) == YearProvenance.Provisional);

    private IEnumerable<QueueRow> Visible => (_rows ?? []).Where(Matches);

    protected override async Task OnInitializedAsync()
    {
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        var user = (await AuthenticationState).User;
        var mine = user.FindAll(ClaimNames.Department).Select(c => LiveUpdates.DepartmentTopic(c.Value)).ToHashSet();
        // New cases for my departments, claims by colleagues and a new official calendar year appear without a refresh.
        mine.Add(LiveUpdates.CalendarTopic);
        _subscription = Live.Subscribe(mine.Contains, _ => InvokeAsync(async () => { await LoadAsync(); StateHasChanged(); }));
        await LoadAsync();
    }

    // Live updates can overlap: only the latest load may replace the rows, or a slow earlier one would show stale dates.
    private async Task LoadAsync()
    {
        var load = ++_loads;
        var rows = await Mediator.Send(new GetDepartmentQueue());
        if (load == _loads)
        {
            _rows = rows;
        }
    }

    private bool Matches(QueueRow row)
    {
        if ((_status is { } status && row.Status != status) || (_light is { } light && row.Light != light))
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(_text))
        {
            return true;
        }

        var text = _text.Trim();
        return row.Number.Contains(text, StringComparison.OrdinalIgnoreCase)
            || row.ItemName.Zh.Contains(text, StringComparison.OrdinalIgnoreCase)
            || row.ItemName.En.Contains(text, StringComparison.OrdinalIgnoreCase)
            || row.ItemCode.Contains(text, StringComparison.OrdinalIgnoreCase)
            || row.ApplicantName.Contains(text, StringComparison.Ordinal);
    }

    private async Task ClaimAsync(QueueRow row)
    {
        _busy = true;
        _message = await UserMessages.TryAsync(L, async () => await Mediator.Send(new ClaimCase(row.Id)));
        _busy = false;
        if (_message is null)
        {
            Navigation.NavigateTo($"/backoffice/case/{row.Number}");
            return;
        }

        await LoadAsync();
    }

    private async Task ReleaseAsync(QueueRow row)
    {
        _busy = true;
        _message = await UserMessages.TryAsync(L, async () => await Mediator.Send(new ReleaseCase(row.Id)));
        _busy = false;
        await LoadAsync();
    }

    public void Dispose() => _subscription?.Dispose();
}
