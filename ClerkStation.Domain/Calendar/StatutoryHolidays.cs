using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Calendar;

/// <summary>
/// The statutory rest days (全体公民放假的节日) of 国务院《全国年节及纪念日放假办法》 in force in a year, with the same
/// bilingual names as the seed-data/calendar files:
/// <list type="bullet">
/// <item>from 2025 (revision of 2024-11-10, 13 days): 元旦 1-1; 春节 除夕 and 正月初一至初三; 清明; 劳动节 5-1, 5-2; 端午; 中秋; 国庆节 10-1 … 10-3;</item>
/// <item>2014–2024 (revision of 2013, 11 days): 春节 初一至初三, 劳动节 5-1, the rest as above;</item>
/// <item>2008–2013 (revision of 2007, 11 days): 春节 除夕、初一、初二;</item>
/// <item>2000–2007 (revision of 1999, 10 days): 元旦; 春节 初一至初三; 劳动节 5-1 … 5-3; 国庆节 10-1 … 10-3;</item>
/// <item>1901–1999: the original 1949 rules (元旦; 春节 初一至初三; 劳动节 5-1; 国庆节 10-1, 10-2), applied to years
/// before 1950 as well so that every year 1901–2100 has an answer.</item>
/// </list>
/// When two festivals fall on the same date (中秋 on 10-1 … 10-3, e.g. 2020-10-01) the date is listed once with both
/// names ("国庆节、中秋节"), as the official notices do. Lunar dates come from <see cref="LunarDates"/>, 清明 from <see cref="SolarTerms"/>.
/// </summary>
public static class StatutoryHolidays
{
    /// <summary>元旦.</summary>
    public static readonly LocalizedText NewYear = new("元旦", "New Year's Day");

    /// <summary>春节.</summary>
    public static readonly LocalizedText SpringFestival = new("春节", "Spring Festival");

    /// <summary>清明节.</summary>
    public static readonly LocalizedText Qingming = new("清明节", "Qingming Festival");

    /// <summary>劳动节.</summary>
    public static readonly LocalizedText LabourDay = new("劳动节", "Labour Day");

    /// <summary>端午节.</summary>
    public static readonly LocalizedText DragonBoat = new("端午节", "Dragon Boat Festival");

    /// <summary>中秋节.</summary>
    public static readonly LocalizedText MidAutumn = new("中秋节", "Mid-Autumn Festival");

    /// <summary>国庆节.</summary>
    public static readonly LocalizedText NationalDay = new("国庆节", "National Day");

    /// <summary>The statutory rest days of <paramref name="year"/> (1901–2100), sorted by date, each date once.</summary>
    public static IReadOnlyList<CalendarDay> For(int year)
    {
        if (!CalendarYear.IsSupported(year))
        {
            throw new CalendarYearMissingException(year);
        }

        var days = new List<CalendarDay> { new(new DateOnly(year, 1, 1), NewYear) };
        var springFestival = LunarDates.SpringFestival(year);
        var (springFrom, springTo) = year switch
        {
            >= 2025 => (-1, 2),
            >= 2014 => (0, 2),
            >= 2008 => (-1, 1),
            _ => (0, 2),
        };
        for (var offset = springFrom; offset <= springTo; offset++)
        {
            days.Add(new CalendarDay(springFestival.AddDays(offset), SpringFestival));
        }

        var modern = year >= 2008;
        if (modern)
        {
            days.Add(new CalendarDay(SolarTerms.Qingming(year), Qingming));
        }

        var labourDays = year switch { >= 2025 => 2, >= 2008 => 1, >= 2000 => 3, _ => 1 };
        Range(days, new DateOnly(year, 5, 1), labourDays, LabourDay);
        if (modern)
        {
            days.Add(new CalendarDay(LunarDates.DragonBoat(year), DragonBoat));
        }

        Range(days, new DateOnly(year, 10, 1), year >= 2000 ? 3 : 2, NationalDay);
        if (modern)
        {
            days.Add(new CalendarDay(LunarDates.MidAutumn(year), MidAutumn));
        }

        return Merge(days);
    }

    private static void Range(List<CalendarDay> days, DateOnly first, int count, LocalizedText name)
    {
        for (var i = 0; i < count; i++)
        {
            days.Add(new CalendarDay(first.AddDays(i), name));
        }
    }

    private static List<CalendarDay> Merge(List<CalendarDay> days) =>
        days.GroupBy(d => d.Date)
            .Select(g => g.Count() == 1
                ? g.First()
                : new CalendarDay(g.Key, new LocalizedText(string.Join("、", g.Select(d => d.Name.Zh)), string.Join(" and ", g.Select(d => d.Name.En)))))
            .OrderBy(d => d.Date)
            .ToList();
}
