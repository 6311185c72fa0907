using ClerkStation.Domain.Calendar;
using static ClerkStation.Tests.Domain.Calendar.CalendarTestData;

namespace ClerkStation.Tests.Domain.Calendar;

/// <summary>The years a calendar covers (the shipped files, provisional years up to 2100) and the calendars and files it refuses.</summary>
public sealed class WorkingDayCalendarCoverageTests
{
    private static readonly WorkingDayCalendar Cal = CalendarTestData.Calendar;

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
