using ClerkStation.Domain.Calendar;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;

namespace ClerkStation.Tests.Domain.Calendar;

/// <summary>The prefix-sum arithmetic against the day-by-day definition, on random spans across files, provisional years and the range ends.</summary>
public class PrefixSumArithmeticTests
{
    private static readonly WorkingDayCalendar Cal = CalendarTestData.Calendar;

    // The definition, one day at a time, as the calendar used to compute it.
    private static DateOnly ReferenceAdd(DateOnly start, int n)
    {
        var date = start;
        while (n > 0)
        {
            date = date.AddDays(1);
            if (Cal.IsWorkingDay(date))
            {
                n--;
            }
        }
        return date;
    }

    private static int ReferenceBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -ReferenceBetween(to, from);
        }
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            count += Cal.IsWorkingDay(d) ? 1 : 0;
        }
        return count;
    }

    private static DateOnly RandomDate(Random random, int fromYear, int toYear)
    {
        var first = new DateOnly(fromYear, 1, 1).DayNumber;
        var last = new DateOnly(toYear, 12, 31).DayNumber;
        return DateOnly.FromDayNumber(random.Next(first, last + 1));
    }

    [Fact]
    public void AddWorkingDays_equals_the_day_by_day_loop_on_random_spans()
    {
        var random = new Random(9);
        for (var i = 0; i < 3000; i++)
        {
            var start = i % 3 == 0 ? RandomDate(random, 1901, 2093) : RandomDate(random, 2024, 2028);
            var n = i % 10 == 0 ? random.Next(0, 2000) : random.Next(0, 90);
            Assert.Equal(ReferenceAdd(start, n), Cal.AddWorkingDays(start, n));
        }
    }

    [Fact]
    public void WorkingDaysBetween_equals_the_day_by_day_loop_on_random_spans()
    {
        var random = new Random(10);
        for (var i = 0; i < 3000; i++)
        {
            var from = i % 3 == 0 ? RandomDate(random, 1901, 2100) : RandomDate(random, 2024, 2028);
            var to = i % 10 == 0 ? RandomDate(random, 1901, 2100) : from.AddDays(random.Next(-120, 120));
            if (!Cal.Covers(to.Year))
            {
                continue;
            }
            Assert.Equal(ReferenceBetween(from, to), Cal.WorkingDaysBetween(from, to));
        }
    }

    [Fact]
    public void Year_boundaries_and_the_range_ends_agree_with_the_loop()
    {
        foreach (var year in new[] { 1901, 1999, 2024, 2025, 2026, 2027, 2099 })
        {
            var eve = new DateOnly(year, 12, 31);
            for (var n = 0; n <= 250; n += 7)
            {
                Assert.Equal(ReferenceAdd(eve.AddDays(-3), n), Cal.AddWorkingDays(eve.AddDays(-3), n));
            }
            var from = year == 1901 ? new DateOnly(1901, 1, 1) : eve.AddDays(-400);
            Assert.Equal(ReferenceBetween(from, eve.AddDays(3)), Cal.WorkingDaysBetween(from, eve.AddDays(3)));
        }
        var total = Cal.WorkingDaysBetween(D("1901-01-01"), D("2100-12-31"));
        Assert.Equal(D("2100-12-31"), Cal.AddWorkingDays(D("1901-01-01"), total));
        Assert.Throws<CalendarYearMissingException>(() => Cal.AddWorkingDays(D("1901-01-01"), total + 1));
    }
}
