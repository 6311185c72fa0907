using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Common;

namespace ClerkStation.Infrastructure.Persistence;

/// <summary>
/// A year's official holiday arrangement as an administrator entered or imported it from the State Council's notice.
/// Overrides the shipped file (or the provisional computation) of the same year. <see cref="Version"/> is the
/// concurrency token: two administrators saving the same year at once get a clear conflict, not a silent overwrite.
/// </summary>
public sealed class OfficialCalendarYear
{
    public int Year { get; set; }

    /// <summary>The notice's title, e.g. 国务院办公厅关于2027年部分节假日安排的通知.</summary>
    public string NoticeTitle { get; set; } = string.Empty;

    public DateOnly NoticeDate { get; set; }

    /// <summary>Every day off, one entry per date (weekend days inside a holiday included), with its bilingual name.</summary>
    public List<CalendarDay> Holidays { get; set; } = [];

    /// <summary>Make-up workdays (调休上班).</summary>
    public List<CalendarDay> Workdays { get; set; } = [];

    public string SavedById { get; set; } = string.Empty;

    public string SavedByName { get; set; } = string.Empty;

    public DateTimeOffset SavedAt { get; set; }

    public int Version { get; set; }

    public CalendarYear ToCalendarYear() =>
        new(Year, NoticeTitle, Holidays.OrderBy(d => d.Date).ToList(), Workdays.OrderBy(d => d.Date).ToList(), YearProvenance.Official, NoticeDate);
}

/// <summary>What the last official year's save did to open deadlines; the supervisor page shows the latest one.</summary>
public sealed class CalendarRecomputeSummary : AggregateRoot
{
    public long Id { get; set; }

    public int Year { get; set; }

    public string NoticeTitle { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    public string ByName { get; set; } = string.Empty;

    /// <summary>Open cases looked at (their deadlines reach the year).</summary>
    public int CasesChecked { get; set; }

    /// <summary>Open cases whose promised or statutory due date changed.</summary>
    public int CasesMoved { get; set; }

    /// <summary>Of those, cases whose promised due date came earlier.</summary>
    public int CasesEarlier { get; set; }

    /// <summary>Open rectification tasks (差评整改) whose callback or fix deadline changed.</summary>
    public int TasksMoved { get; set; }

    /// <summary>
    /// The recompute this summary records is told once it is stored (<see cref="CalendarYearChanged"/>): the screens of
    /// the <paramref name="departments"/> and <paramref name="clerks"/> whose open cases moved, the floor and the calendar.
    /// </summary>
    public void Announce(IEnumerable<string> departments, IEnumerable<string> clerks) =>
        Raise(new CalendarYearChanged(Year, [.. departments], [.. clerks]));
}
