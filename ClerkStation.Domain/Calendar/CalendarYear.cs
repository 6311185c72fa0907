namespace ClerkStation.Domain.Calendar;

/// <summary>
/// One year of the holiday arrangement: every day off that falls on a date (weekend days inside a holiday included)
/// and every make-up workday. <see cref="Source"/> is the notice's title (or the file's / computation's description),
/// <see cref="NoticeDate"/> the notice's date when known.
/// </summary>
/// <param name="Provenance">
/// <see cref="YearProvenance.File"/> for shipped files (the default), <see cref="YearProvenance.Official"/> for an
/// administrator-entered notice, <see cref="YearProvenance.Provisional"/> for a year computed by <see cref="ProvisionalYear"/>.
/// </param>
public sealed record CalendarYear(
    int Year,
    string Source,
    IReadOnlyList<CalendarDay> Holidays,
    IReadOnlyList<CalendarDay> Workdays,
    YearProvenance Provenance = YearProvenance.File,
    DateOnly? NoticeDate = null)
{
    /// <summary>The first year the calendar supports (the range of <see cref="System.Globalization.ChineseLunisolarCalendar"/>).</summary>
    public const int MinYear = 1901;

    /// <summary>The last year the calendar supports.</summary>
    public const int MaxYear = 2100;

    /// <summary>True when <paramref name="year"/> is between <see cref="MinYear"/> and <see cref="MaxYear"/>.</summary>
    public static bool IsSupported(int year) => year is >= MinYear and <= MaxYear;
}
