using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Calendar;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using ClerkStation.Tests.Domain.Calendar;
using Mediator;
using static ClerkStation.Tests.Features.Calendar.CalendarTestKit;

namespace ClerkStation.Tests.Features.Calendar;

/// <summary>/admin/calendar's requests without saving: what a year is, the checks per problem, who may ask, files in and out.</summary>
public sealed class CalendarAdministrationTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static readonly DateOnly Jan1 = new(2027, 1, 1);

    public static TheoryData<string, string> Mistakes() => new()
    {
        { "calendar.statutoryDayWorked", "holidays" },
        { "calendar.workdayNotWeekend", "workdays[2]" },
        { "calendar.dateBothOffAndWorked", "workdays[2]" },
        { "calendar.dateOutsideYear", "holidays[0]" },
        { "calendar.duplicateDate", "holidays[1]" },
        { "calendar.yearOutOfRange", "year" },
    };

    private static CalendarArrangement WithMistake(string code)
    {
        var good = Official2027();
        var holidays = good.Holidays.ToList();
        var workdays = good.Workdays.ToList();
        switch (code)
        {
            case "calendar.statutoryDayWorked": // 元旦 (a Friday) left out
                holidays.RemoveAll(h => h.NameZh == "元旦");
                break;
            case "calendar.workdayNotWeekend": // a Wednesday
                workdays.Add(new MakeupWorkday(new DateOnly(2027, 3, 3), "测试", "Test"));
                break;
            case "calendar.dateBothOffAndWorked": // Sat 6 Feb is inside 春节
                workdays.Add(new MakeupWorkday(new DateOnly(2027, 2, 6), "春节调休上班", "Spring Festival make-up workday"));
                break;
            case "calendar.dateOutsideYear":
                holidays[0] = holidays[0] with { From = new DateOnly(2026, 12, 31) };
                break;
            case "calendar.duplicateDate": // 元旦 typed twice
                holidays.Insert(1, holidays[0]);
                break;
            case "calendar.yearOutOfRange":
                return good with { Year = 1800 };
        }
        return good with { Holidays = holidays, Workdays = workdays };
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Each_mistake_is_refused_with_its_code_at_its_row_and_nothing_is_saved(string code, string path)
    {
        var ex = await Assert.ThrowsAsync<RequestValidationException>(async () =>
            await app.SendAsync(Administrator, new SaveCalendarYear(WithMistake(code), null)));

        var problem = Assert.Single(ex.Problems, p => p.Code == code);
        Assert.Equal(path, problem.Path);
        Assert.Equal(YearProvenance.Provisional, (await app.SendAsync(Administrator, new GetCalendarYear(2027))).Provenance);
    }

    [Fact]
    public async Task The_notice_title_and_date_are_required_and_a_valid_arrangement_has_no_problem()
    {
        var ex = await Assert.ThrowsAsync<RequestValidationException>(async () =>
            await app.SendAsync(Administrator, new PreviewCalendarYear(Official2027() with { NoticeTitle = " ", NoticeDate = null })));
        Assert.Equal(["noticeTitle", "noticeDate"], ex.Problems.Select(p => p.Path));
        Assert.Empty(Official2027().Validate());
    }

    [Fact]
    public async Task A_year_says_where_it_comes_from_and_counts_its_working_days()
    {
        var shipped = await app.SendAsync(Administrator, new GetCalendarYear(2026));
        Assert.Equal(YearProvenance.File, shipped.Provenance);
        Assert.Equal(248, shipped.WorkingDays); // 2026: 261 weekdays − 19 of them off + 6 make-up workdays

        var provisional = await app.SendAsync(Administrator, new GetCalendarYear(2028));
        Assert.Equal(YearProvenance.Provisional, provisional.Provenance);
        Assert.Empty(provisional.Year.Workdays);
        Assert.Null(provisional.Version);
    }

    [Fact]
    public async Task Only_an_administrator_may_read_preview_save_import_or_export_a_calendar()
    {
        IMessage[] requests =
        [
            new GetCalendarYear(2027), new PreviewCalendarYear(Official2027()), new SaveCalendarYear(Official2027(), null),
            new ImportCalendarYear("{}", "2027.json"), new ExportCalendarYear(2027),
        ];
        foreach (var actor in Actors.All.Where(a => !a.IsIn(StaffRole.Admin)).Append(Actors.ReviewerMz))
        {
            foreach (var request in requests)
            {
                await Assert.ThrowsAsync<AccessDeniedException>(async () => await app.SendAsync(actor, m => m.Send(request, TestContext.Current.CancellationToken)));
            }
        }
        Assert.Equal(YearProvenance.Provisional, (await app.SendAsync(Administrator, new GetCalendarYear(2027))).Provenance);
    }

    [Fact]
    public async Task A_shipped_year_exported_and_imported_again_gives_the_same_days()
    {
        var file = await app.SendAsync(Administrator, new ExportCalendarYear(2026));
        Assert.Equal("2026.json", file.FileName);

        var imported = await app.SendAsync(Administrator, new ImportCalendarYear(file.Json, file.FileName));
        var shipped = CalendarFileParser.ParseFile(Path.Combine(CalendarTestData.Folder, "2026.json"));
        var year = imported.ToCalendarYear();
        Assert.Equal(shipped.Source, imported.NoticeTitle);
        Assert.Equal(shipped.Holidays, year.Holidays);
        Assert.Equal(shipped.Workdays, year.Workdays);
        Assert.Contains(imported.Holidays, h => h is { NameZh: "春节", From.Day: 15, To.Day: 23 });
    }

    [Fact]
    public async Task A_broken_file_is_refused_with_the_parsers_problems()
    {
        var ex = await Assert.ThrowsAsync<RequestValidationException>(async () =>
            await app.SendAsync(Administrator, new ImportCalendarYear("""{ "year": 2027, "holidays": [], "workdays": [ { "date": "2027-03-03", "name": { "zh": "x", "en": "x" } } ] }""", "2027.json")));
        Assert.All(ex.Problems, p => Assert.Equal("calendar.fileInvalid", p.Code));
        Assert.Contains(ex.Problems, p => p.Args!["error"].Contains("$.source", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_preview_changes_nothing()
    {
        var number = (await SeedCaseAsync(app, 40, 40)).Number;
        var preview = await app.SendAsync(Administrator, new PreviewCalendarYear(Official2027()));

        Assert.True(preview.CasesMoved >= 1 && preview.CasesEarlier >= 1, $"{preview}");
        var stored = await ReloadAsync(app, number);
        Assert.Equal(new DateOnly(2027, 2, 9), stored.DueDate);
        Assert.DoesNotContain(stored.Events, e => e.Type == CaseEventType.DeadlinesRecomputed);
        Assert.True(stored.DueDate > Jan1);
    }
}
