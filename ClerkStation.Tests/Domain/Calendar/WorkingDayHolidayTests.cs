using ClerkStation.Domain.Calendar;
using static ClerkStation.Tests.Domain.Calendar.CalendarTestData;

namespace ClerkStation.Tests.Domain.Calendar;

/// <summary>Which days of the shipped calendar are worked: holidays, make-up workdays, and each year's published count.</summary>
public sealed class WorkingDayHolidayTests
{
    private static readonly WorkingDayCalendar Cal = CalendarTestData.Calendar;

    [Theory]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void Each_year_has_the_published_number_of_working_days(int year, int expected)
    {
        var count = 0;
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
        {
            if (Cal.IsWorkingDay(d))
            {
                count++;
            }
        }
        Assert.Equal(expected, count);
        // 01-01 is a holiday in both years, so (01-01, 12-31] counts the whole year.
        Assert.Equal(expected, Cal.WorkingDaysBetween(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));
    }

    [Theory]
    // 2026 Spring Festival: Sat 02-14 and Sat 02-28 are make-up workdays, 02-15 .. 02-23 off.
    [InlineData("2026-02-13", true)]
    [InlineData("2026-02-14", true)]
    [InlineData("2026-02-15", false)]
    [InlineData("2026-02-16", false)]
    [InlineData("2026-02-20", false)]
    [InlineData("2026-02-23", false)]
    [InlineData("2026-02-24", true)]
    [InlineData("2026-02-28", true)]
    [InlineData("2026-03-01", false)]
    // 2026 National Day: Sun 09-20 and Sat 10-10 are workdays, 10-01 .. 10-07 off, 09-25 .. 09-27 Mid-Autumn.
    [InlineData("2026-09-20", true)]
    [InlineData("2026-09-25", false)]
    [InlineData("2026-10-01", false)]
    [InlineData("2026-10-07", false)]
    [InlineData("2026-10-08", true)]
    [InlineData("2026-10-10", true)]
    [InlineData("2026-10-11", false)]
    // 2026 New Year and Labour Day.
    [InlineData("2026-01-02", false)]
    [InlineData("2026-01-04", true)]
    [InlineData("2026-05-05", false)]
    [InlineData("2026-05-09", true)]
    // 2025: Spring Festival 01-28 .. 02-04 with Sun 01-26 and Sat 02-08 worked; National Day 10-01 .. 10-08.
    [InlineData("2025-01-26", true)]
    [InlineData("2025-01-28", false)]
    [InlineData("2025-02-04", false)]
    [InlineData("2025-02-08", true)]
    [InlineData("2025-04-27", true)]
    [InlineData("2025-09-28", true)]
    [InlineData("2025-10-08", false)]
    [InlineData("2025-10-11", true)]
    // Ordinary weekdays and weekends.
    [InlineData("2026-03-02", true)]
    [InlineData("2026-03-07", false)]
    public void Holidays_and_make_up_workdays(string date, bool working)
    {
        Assert.Equal(working, Cal.IsWorkingDay(D(date)));
    }
}
