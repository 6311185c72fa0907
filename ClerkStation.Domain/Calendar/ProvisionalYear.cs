namespace ClerkStation.Domain.Calendar;

/// <summary>
/// 暂行日历: a working-day year computed before the State Council's notice exists. Days off are the statutory rest days
/// (<see cref="StatutoryHolidays"/>) plus weekends; no make-up workday is guessed, because the notice decides them
/// (2026's 春节 ran from 腊月廿八, against the usual pattern). Every date computed from it is to be marked provisional.
/// </summary>
public static class ProvisionalYear
{
    /// <summary>The <see cref="CalendarYear.Source"/> of every provisional year.</summary>
    public const string Source = "暂行日历（按《全国年节及纪念日放假办法》推算）";

    /// <summary>The provisional arrangement of <paramref name="year"/> (1901–2100).</summary>
    /// <exception cref="CalendarYearMissingException">the year is outside 1901–2100</exception>
    public static CalendarYear Compute(int year) =>
        new(year, Source, StatutoryHolidays.For(year), [], YearProvenance.Provisional);
}
