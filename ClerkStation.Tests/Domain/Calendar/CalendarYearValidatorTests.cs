using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Catalog;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;

namespace ClerkStation.Tests.Domain.Calendar;

public class CalendarYearValidatorTests
{
    private static readonly LocalizedText Name = new("测试", "Test");

    private static CalendarYear Year2027(IEnumerable<CalendarDay>? extraOff = null, IEnumerable<CalendarDay>? workdays = null, Func<CalendarDay, bool>? keep = null) =>
        new(2027, "通知", [.. StatutoryHolidays.For(2027).Where(keep ?? (_ => true)), .. extraOff ?? []], [.. workdays ?? []], YearProvenance.Official);

    private static CalendarDay Day(string iso) => new(D(iso), Name);

    [Fact]
    public void The_shipped_files_and_a_provisional_year_are_valid()
    {
        Assert.Empty(CalendarYearValidator.Validate(CalendarTestData.Calendar.YearOf(2025)));
        Assert.Empty(CalendarYearValidator.Validate(CalendarTestData.Calendar.YearOf(2026)));
        Assert.Empty(CalendarYearValidator.Validate(Year2027()));
    }

    [Fact]
    public void A_statutory_day_missing_on_a_weekday_or_worked_on_a_weekend_is_reported()
    {
        // 中秋 2027-09-15 is a Wednesday: left out it is a working day. 劳动节 05-02 is a Sunday: off unless made a workday.
        var problems = CalendarYearValidator.Validate(Year2027(workdays: [Day("2027-05-02")], keep: d => d.Date != D("2027-09-15") && d.Date != D("2027-05-02")));
        Assert.Equal(
            [(CalendarProblemCodes.StatutoryDayWorked, D("2027-05-02")), (CalendarProblemCodes.StatutoryDayWorked, D("2027-09-15"))],
            problems.Select(p => (p.Code, p.Date!.Value)));
        Assert.Equal("中秋节", problems[1].Name);
        Assert.Contains("2027-09-15 (中秋节) is a statutory rest day", problems[1].Message, StringComparison.Ordinal);

        // A weekend statutory day need not be listed.
        Assert.Empty(CalendarYearValidator.Validate(Year2027(keep: d => d.Date != D("2027-05-02"))));
    }

    [Fact]
    public void Each_rule_has_its_own_code()
    {
        var year = Year2027(
            extraOff: [Day("2027-02-09"), Day("2027-02-09"), Day("2028-01-03")],
            workdays: [Day("2027-02-10"), Day("2027-02-09"), Day("2027-02-20")]);

        var problems = CalendarYearValidator.Validate(year);

        Assert.Equal(
            [
                (CalendarProblemCodes.DuplicateDate, D("2027-02-09")),
                (CalendarProblemCodes.DateOutsideYear, D("2028-01-03")),
                (CalendarProblemCodes.WorkdayNotWeekend, D("2027-02-10")),
                (CalendarProblemCodes.DateBothOffAndWorked, D("2027-02-09")),
                (CalendarProblemCodes.WorkdayNotWeekend, D("2027-02-09")),
            ],
            problems.Select(p => (p.Code, p.Date!.Value)));
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }

    [Fact]
    public void A_year_outside_1901_to_2100_is_one_problem()
    {
        var problem = Assert.Single(CalendarYearValidator.Validate(new CalendarYear(2101, "x", [], [])));
        Assert.Equal(CalendarProblemCodes.YearOutOfRange, problem.Code);
        Assert.Null(problem.Date);
        Assert.Equal("calendar.yearOutOfRange", problem.Code);
    }

    [Fact]
    public void The_file_parser_reports_a_missing_statutory_day()
    {
        const string json = """
            { "year": 2027, "source": "通知", "workdays": [],
              "holidays": [ { "date": "2027-01-01", "name": { "zh": "元旦", "en": "New Year's Day" } } ] }
            """;
        var e = Assert.Throws<CalendarFileException>(() => CalendarFileParser.Parse(json, "2027.json"));
        Assert.Contains(e.Errors, x => x.Path == "$.holidays" && x.Message.Contains("2027-02-05 (春节)", StringComparison.Ordinal));
        // Sun 2027-05-02 is off anyway.
        Assert.DoesNotContain(e.Errors, x => x.Message.Contains("2027-05-02", StringComparison.Ordinal));
    }
}
