using System.Globalization;

namespace ClerkStation.Domain.Calendar;

/// <summary>
/// Gregorian dates of the lunar festivals from <see cref="ChineseLunisolarCalendar"/> (supported 1901-02-19 …
/// 2101-01-28, i.e. lunar years 1901–2100). Its month numbers count a leap month as a month of its own: in a year
/// whose <see cref="EastAsianLunisolarCalendar.GetLeapMonth(int, int)"/> is L, the L-th month is the leap month (闰 L−1)
/// and lunar month n ≥ L is month number n + 1. Ignoring this dates 2025's 中秋 on 2025-09-06 instead of 10-06.
/// </summary>
public static class LunarDates
{
    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <summary>The Gregorian date of day <paramref name="day"/> of the ordinary (non-leap) lunar month <paramref name="month"/> of lunar year <paramref name="lunarYear"/>.</summary>
    public static DateOnly ToGregorian(int lunarYear, int month, int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarYear, CalendarYear.MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarYear, CalendarYear.MaxYear);
        var leap = Lunar.GetLeapMonth(lunarYear, ChineseLunisolarCalendar.ChineseEra);
        var index = leap != 0 && month >= leap ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(lunarYear, index, day, 0, 0, 0, 0, ChineseLunisolarCalendar.ChineseEra));
    }

    /// <summary>春节 (正月初一) of the lunar year that starts in Gregorian <paramref name="year"/>.</summary>
    public static DateOnly SpringFestival(int year) => ToGregorian(year, 1, 1);

    /// <summary>除夕: the last day of the lunar year before <see cref="SpringFestival"/> (腊月廿九 or 三十, whichever ends the month).</summary>
    public static DateOnly NewYearsEve(int year) => SpringFestival(year).AddDays(-1);

    /// <summary>端午节: 五月初五.</summary>
    public static DateOnly DragonBoat(int year) => ToGregorian(year, 5, 5);

    /// <summary>中秋节: 八月十五.</summary>
    public static DateOnly MidAutumn(int year) => ToGregorian(year, 8, 15);
}
