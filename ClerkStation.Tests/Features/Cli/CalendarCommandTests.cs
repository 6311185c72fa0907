using ClerkStation.Domain.Calendar;
using ClerkStation.Infrastructure.Cli;
using ClerkStation.Tests.Domain.Calendar;

namespace ClerkStation.Tests.Features.Cli;

public sealed class CalendarCommandTests
{
    private static (int Exit, string Text) Calendar(string? year, WorkingDayCalendar? calendar = null) =>
        CommandOutput.Of(output => CalendarCommand.Run(year, calendar ?? CalendarTestData.Calendar, output));

    [Fact]
    public void Calendar_2027_prints_the_provisional_year()
    {
        var (exit, text) = Calendar("2027");

        Assert.Equal(0, exit);
        Assert.StartsWith("2027 provisional", text, StringComparison.Ordinal);
        Assert.Contains("2027-02-05 Fri 春节 · Spring Festival", text, StringComparison.Ordinal);
        Assert.Contains("2027-09-15 Wed 中秋节 · Mid-Autumn Festival", text, StringComparison.Ordinal);
        Assert.Contains("make-up workdays (0):", text, StringComparison.Ordinal);
        Assert.Contains("working days: 254", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_2026_prints_the_file_with_its_make_up_workdays()
    {
        var (exit, text) = Calendar("2026");

        Assert.Equal(0, exit);
        Assert.StartsWith("2026 file", text, StringComparison.Ordinal);
        Assert.Contains("2026-02-14 Sat 春节调休上班", text, StringComparison.Ordinal);
        Assert.Contains("working days: 248", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_official_year_prints_official_and_the_notice_date()
    {
        var notice = new CalendarYear(2027, "国务院办公厅关于2027年部分节假日安排的通知", StatutoryHolidays.For(2027), [], YearProvenance.Official, new DateOnly(2026, 11, 10));

        var (exit, text) = Calendar("2027", CalendarTestData.Calendar.WithYear(notice));

        Assert.Equal(0, exit);
        Assert.StartsWith("2027 official", text, StringComparison.Ordinal);
        Assert.Contains("国务院办公厅关于2027年部分节假日安排的通知 (2026-11-10)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("next")]
    [InlineData("2101")]
    public void A_missing_or_unsupported_year_prints_the_usage(string? year)
    {
        var (exit, text) = Calendar(year);
        Assert.Equal(1, exit);
        Assert.StartsWith("usage: calendar YEAR", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_calendar_accepts_the_shipped_folder_and_a_relative_file()
    {
        var output = new StringWriter();
        Assert.Equal(0, ValidateCalendarCommand.Run(CalendarTestData.Folder, output));
        Assert.Equal(0, ValidateCalendarCommand.Run(Path.Combine("seed-data", "calendar", "2026.json"), output, RepositoryRoot.Folder));
        Assert.Equal(["calendar ok: 2 year(s) (2025, 2026)", "calendar ok: 1 year(s) (2026)"], output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Validate_calendar_lists_every_problem_and_fails()
    {
        var folder = Directory.CreateTempSubdirectory("bad-calendar").FullName;
        File.Copy(Path.Combine(CalendarTestData.Folder, "2026.json"), Path.Combine(folder, "2026.json"));
        File.WriteAllText(Path.Combine(folder, "2027.json"), """
            { "year": 2027, "source": "通知", "holidays": [ { "date": "2027-01-01", "name": { "zh": "元旦", "en": "New Year's Day" } } ],
              "workdays": [ { "date": "2027-02-10", "name": { "zh": "春节调休上班", "en": "Spring Festival make-up workday" } } ] }
            """);
        var (exit, text) = CommandOutput.Of(output => ValidateCalendarCommand.Run(folder, output));

        Assert.Equal(1, exit);
        Assert.Contains("2027.json · $.workdays[0].date · 2027-02-10 is a Wednesday", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2026.json", text, StringComparison.Ordinal);
        Assert.Contains("calendar invalid: 1 problem(s)", text, StringComparison.Ordinal);

        // Fixed structurally, the missing statutory days are the next problems.
        File.WriteAllText(Path.Combine(folder, "2027.json"), """{ "year": 2027, "source": "通知", "workdays": [], "holidays": [] }""");
        (exit, text) = CommandOutput.Of(output => ValidateCalendarCommand.Run(Path.Combine(folder, "2027.json"), output));
        Assert.Equal(1, exit);
        Assert.Contains("2027.json · $.holidays · 2027-01-01 (元旦) is a statutory rest day but would be a working day", text, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Relative_paths_are_read_from_the_shell_directory_not_the_content_root()
    {
        var output = new StringWriter();
        Assert.Equal(0, ValidateCatalogCommand.Run(Path.Combine("seed-data", "catalog"), output, RepositoryRoot.Folder));
        Assert.StartsWith("catalog ok:", output.ToString(), StringComparison.Ordinal);

        var elsewhere = Directory.CreateTempSubdirectory("shell-dir").FullName;
        output = new StringWriter();
        Assert.Equal(1, ValidateCalendarCommand.Run("calendar", output, elsewhere));
        Assert.Contains($"not found: {Path.Combine(elsewhere, "calendar")}", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(Path.Combine(elsewhere, "x.json"), CommandLinePaths.Resolve("x.json", elsewhere));
        Assert.Equal("/abs/x.json", CommandLinePaths.Resolve("/abs/x.json", elsewhere));
        Directory.Delete(elsewhere);
    }
}
