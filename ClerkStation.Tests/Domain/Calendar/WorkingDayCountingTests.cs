using ClerkStation.Domain.Calendar;
using static ClerkStation.Tests.Domain.Calendar.CalendarTestData;

namespace ClerkStation.Tests.Domain.Calendar;

/// <summary>Counting working days: the nth working day after a start, the working days between two dates, and that they agree.</summary>
public sealed class WorkingDayCountingTests
{
    private static readonly WorkingDayCalendar Cal = CalendarTestData.Calendar;

    [Theory]
    [InlineData("2026-02-12", 0, "2026-02-12")]
    // Thu 02-12 → Fri 02-13, Sat 02-14 (make-up), then 02-15..02-23 off → Tue 02-24.
    [InlineData("2026-02-12", 3, "2026-02-24")]
    [InlineData("2026-02-12", 1, "2026-02-13")]
    [InlineData("2026-02-12", 2, "2026-02-14")]
    // Starting on a holiday counts from the next working day.
    [InlineData("2026-02-16", 1, "2026-02-24")]
    // Mon 09-28 → 09-29, 09-30, then 10-01..10-07 off → 10-08, 10-09, 10-10 (Sat, make-up).
    [InlineData("2026-09-28", 5, "2026-10-10")]
    [InlineData("2026-09-28", 6, "2026-10-12")]
    // Sat 09-19 → Sun 09-20 is a make-up workday.
    [InlineData("2026-09-19", 1, "2026-09-20")]
    // Across the year boundary: 12-31 Thu 2025 → 01-01..01-03 off, Sun 01-04 worked.
    [InlineData("2025-12-31", 1, "2026-01-04")]
    public void AddWorkingDays_returns_the_nth_working_day_strictly_after_start(string start, int days, string expected)
    {
        Assert.Equal(D(expected), Cal.AddWorkingDays(D(start), days));
    }

    [Theory]
    [InlineData("2026-02-12", "2026-02-24", 3)]
    [InlineData("2026-02-12", "2026-02-12", 0)]
    [InlineData("2026-02-24", "2026-02-12", -3)]
    [InlineData("2026-02-14", "2026-02-23", 0)]
    [InlineData("2026-09-30", "2026-10-10", 3)]
    public void WorkingDaysBetween_counts_the_half_open_interval(string from, string to, int expected)
    {
        Assert.Equal(expected, Cal.WorkingDaysBetween(D(from), D(to)));
    }

    [Fact]
    public void AddWorkingDays_and_WorkingDaysBetween_agree()
    {
        var start = D("2026-01-30");
        for (var n = 0; n < 60; n++)
        {
            Assert.Equal(n, Cal.WorkingDaysBetween(start, Cal.AddWorkingDays(start, n)));
        }
    }

    [Fact]
    public void Negative_working_days_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Cal.AddWorkingDays(D("2026-03-02"), -1));
    }
}
