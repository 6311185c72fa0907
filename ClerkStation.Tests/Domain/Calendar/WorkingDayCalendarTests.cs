using System.Globalization;
using ClerkStation.Domain.Calendar;

namespace ClerkStation.Tests.Domain.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Cal = CalendarTestData.Calendar;

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

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

    [Fact]
    public void Explicit_years_are_the_shipped_files_and_every_year_1901_to_2100_is_covered()
    {
        Assert.Equal([2025, 2026], Cal.ExplicitYears);
        Assert.True(Cal.Covers(2026));
        Assert.True(Cal.Covers(2027));
        Assert.True(Cal.Covers(1901));
        Assert.True(Cal.Covers(2100));
        Assert.False(Cal.Covers(1900));
        Assert.False(Cal.Covers(2101));
        Assert.Equal(YearProvenance.File, Cal.ProvenanceOf(2026));
        Assert.Equal(YearProvenance.Provisional, Cal.ProvenanceOf(2027));
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
    public void Only_dates_outside_1901_to_2100_throw()
    {
        var e = Assert.Throws<CalendarYearMissingException>(() => Cal.IsWorkingDay(D("2101-03-01")));
        Assert.Equal(2101, e.Year);
        Assert.Equal(2101, Assert.Throws<CalendarYearMissingException>(() => Cal.AddWorkingDays(D("2100-12-30"), 5)).Year);
        Assert.Equal(1900, Assert.Throws<CalendarYearMissingException>(() => Cal.WorkingDaysBetween(D("1900-12-30"), D("1901-01-03"))).Year);
        Assert.Throws<CalendarYearMissingException>(() => Cal.AddWorkingDays(D("1900-06-01"), 0));
        Assert.Throws<CalendarYearMissingException>(() => Cal.ProvenanceOf(2101));
        // The last working day of 2100 is still reachable.
        Assert.Equal(D("2100-12-31"), Cal.AddWorkingDays(D("2100-12-30"), 1));
    }

    [Fact]
    public void Negative_working_days_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Cal.AddWorkingDays(D("2026-03-02"), -1));
    }

    [Fact]
    public void The_same_year_twice_is_rejected()
    {
        var year = new CalendarYear(2026, "x", [], []);
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([year, year]));
    }

    [Fact]
    public void LoadFromDirectory_reports_errors_of_every_file()
    {
        var folder = Directory.CreateTempSubdirectory("calendar-test-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "2026.json"), """{ "year": 2026, "source": "x", "holidays": [ { "date": "2027-01-01", "name": { "zh": "元旦", "en": "New Year" } } ], "workdays": [] }""");
            File.WriteAllText(Path.Combine(folder, "2025.json"), """{ "year": 2025, "holidays": [], "workdays": [] }""");
            var e = Assert.Throws<CalendarFileException>(() => WorkingDayCalendar.LoadFromDirectory(folder));
            Assert.Contains(e.Errors, x => x is { File: "2026.json", Path: "$.holidays[0].date" });
            Assert.Contains(e.Errors, x => x is { File: "2025.json", Path: "$.source" });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
