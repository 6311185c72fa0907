using System.Text.Json;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Forms;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Calendar;

public partial class CalendarEditor
{
    private string? _title;
    private string? _noticeDate;
    private List<HolidayRow> _holidays = [];
    private List<WorkdayRow> _workdays = [];
    private IReadOnlyList<ValidationProblem> _problems = [];
    private RecomputeCounts? _preview;
    private string? _previewed;
    private bool _busy;
    private CalendarArrangement? _source;
    private int? _version;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Parameter, EditorRequired] public CalendarArrangement Arrangement { get; set; } = default!;

    /// <summary>The version of the official year being edited (null: none saved yet); saving over another version is refused.</summary>
    [Parameter] public int? Version { get; set; }

    [Parameter] public EventCallback<CalendarRecomputeSummary> OnSaved { get; set; }

    [Parameter] public EventCallback OnCancel { get; set; }

    // The page re-renders on live updates: only a new arrangement (another year, an import) resets what is being typed,
    // and the version is the one editing started from, so another administrator's save in between is a conflict.
    protected override void OnParametersSet()
    {
        if (ReferenceEquals(_source, Arrangement))
        {
            return;
        }
        _source = Arrangement;
        _version = Version;
        _title = Arrangement.NoticeTitle;
        _noticeDate = Format(Arrangement.NoticeDate);
        _holidays = Arrangement.Holidays.Select(h => new HolidayRow { NameZh = h.NameZh, NameEn = h.NameEn, From = Format(h.From), To = Format(h.To) }).ToList();
        _workdays = Arrangement.Workdays.Select(w => new WorkdayRow { Date = Format(w.Date), NameZh = w.NameZh, NameEn = w.NameEn }).ToList();
        _problems = [];
        _preview = null;
    }

    private CalendarArrangement Current()
    {
        var holidays = _holidays.Select(h => new HolidayRange(h.NameZh ?? "", h.NameEn ?? "", Parse(h.From), Parse(h.To))).ToList();
        var workdays = _workdays.Select(w => Named(new MakeupWorkday(Parse(w.Date), w.NameZh ?? "", w.NameEn ?? ""), holidays)).ToList();
        return new CalendarArrangement(Arrangement.Year, _title ?? "", Parse(_noticeDate), holidays, workdays);
    }

    // A make-up workday left unnamed takes the name of the nearest holiday: 春节 → 春节调休上班.
    private MakeupWorkday Named(MakeupWorkday day, List<HolidayRange> holidays)
    {
        if (day.Date is not { } date || !string.IsNullOrWhiteSpace(day.NameZh) || holidays.Count == 0)
        {
            return day;
        }
        var nearest = holidays.Where(h => h.From is not null).MinBy(h => Math.Abs(h.From!.Value.DayNumber - date.DayNumber));
        return nearest is null ? day : day with
        {
            NameZh = L["Calendar.MakeupNameZh", nearest.NameZh],
            NameEn = string.IsNullOrWhiteSpace(day.NameEn) ? $"{nearest.NameEn} make-up workday" : day.NameEn,
        };
    }

    private async Task PreviewAsync()
    {
        var arrangement = Current();
        if (await TryAsync(async () => _preview = await Mediator.Send(new PreviewCalendarYear(arrangement))))
        {
            _previewed = Snapshot(arrangement);
        }
    }

    private async Task SaveAsync()
    {
        var arrangement = Current();
        // What is saved is what was previewed: an edit since then shows its preview first.
        if (Snapshot(arrangement) != _previewed)
        {
            await PreviewAsync();
            return;
        }
        CalendarRecomputeSummary? saved = null;
        if (await TryAsync(async () => saved = await Mediator.Send(new SaveCalendarYear(arrangement, _version))) && saved is not null)
        {
            await OnSaved.InvokeAsync(saved);
        }
    }

    private async Task<bool> TryAsync(Func<Task> action)
    {
        _busy = true;
        try
        {
            await action();
            _problems = [];
            return true;
        }
        catch (RequestValidationException ex)
        {
            _problems = ex.Problems;
            _preview = null;
            return false;
        }
        finally
        {
            _busy = false;
        }
    }

    private bool HasError(string path) => _problems.Any(p => p.Path == path);

    private string? ErrorOf(string path) => MessagesOf(path).FirstOrDefault();

    private IEnumerable<string> MessagesOf(string path) => _problems.Where(p => p.Path == path).Select(Message);

    private string Message(ValidationProblem p) =>
        FieldErrorText.Format(L, new FieldError(p.Path, p.Code, p.Args ?? new Dictionary<string, string>()));

    private static string Snapshot(CalendarArrangement arrangement) => JsonSerializer.Serialize(arrangement);
}
