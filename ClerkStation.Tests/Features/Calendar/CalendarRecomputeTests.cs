using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Cases;
using ClerkStation.Features.Calendar;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using Microsoft.EntityFrameworkCore;
using static ClerkStation.Tests.Features.Calendar.CalendarTestKit;

namespace ClerkStation.Tests.Features.Calendar;

/// <summary>Saving an official 2027: the calendar changes at once, open deadlines are recomputed with a timeline entry, closed cases stay.</summary>
public sealed class CalendarRecomputeTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    [Fact]
    public async Task Saving_an_official_2027_recomputes_open_cases_and_leaves_closed_ones_alone()
    {
        var earlier = await SeedCaseAsync(app, 40, 40);   // provisional due Tue 9 Feb 2027; the make-up Sat 30 Jan brings it to Thu 4 Feb
        var later = await SeedCaseAsync(app, 45, 60);     // provisional due Tue 16 Feb; four more days off in 春节 push it out
        var paused = await SeedCaseAsync(app, 45, 60);
        var closed = await SeedCaseAsync(app, 40, 40);
        var untouched = await SeedCaseAsync(app, 10, 10); // due 24 Dec 2026: nothing in 2027
        await UpdateAsync(app, paused.Number, c => c.Claim(Actors.ReviewerMz, Thursday10December));
        await UpdateAsync(app, paused.Number, c => c.Suspend(Actors.ReviewerMz, Thursday10December, CenterDay.Of(Thursday10December), "现场核查"));
        await UpdateAsync(app, closed.Number, c => c.Claim(Actors.ReviewerMz, Thursday10December));
        await UpdateAsync(app, closed.Number, c => c.Approve(Actors.ReviewerMz, Thursday10December));
        var closedBefore = await ReloadAsync(app, closed.Number);

        var preview = await app.SendAsync(Administrator, new PreviewCalendarYear(Official2027()));
        var summary = await app.SendAsync(Administrator, new SaveCalendarYear(Official2027(), null));

        Assert.Equal((preview.CasesMoved, preview.CasesEarlier), (summary.CasesMoved, summary.CasesEarlier));
        Assert.Equal(3, summary.CasesMoved);
        Assert.Equal(1, summary.CasesEarlier);
        var calendar = app.Services.GetRequiredService<CalendarService>().Current;
        Assert.Equal(YearProvenance.Official, calendar.ProvenanceOf(2027));
        Assert.False(calendar.IsProvisional(new DateOnly(2027, 2, 4)));

        var e = await ReloadAsync(app, earlier.Number);
        Assert.Equal(new DateOnly(2027, 2, 4), e.DueDate);
        var move = Assert.Single(e.Events, x => x.Type == CaseEventType.DeadlinesRecomputed);
        Assert.Equal(Notice2027, move.Reason);
        Assert.Equal("2027-02-09→2027-02-04;2027-02-09→2027-02-04", move.Detail);
        Assert.Equal(earlier.Version + 1, e.Version);

        var l = await ReloadAsync(app, later.Number);
        Assert.Equal(new DateOnly(2027, 2, 19), l.DueDate);
        Assert.Equal(calendar.AddWorkingDays(l.AcceptedOn, 60), l.StatutoryDueDate);
        Assert.Equal(l.DueDate, (await ReloadAsync(app, paused.Number)).DueDate);

        var c = await ReloadAsync(app, closed.Number);
        Assert.Equal((closedBefore.DueDate, closedBefore.Version, closedBefore.Events.Count), (c.DueDate, c.Version, c.Events.Count));
        Assert.DoesNotContain((await ReloadAsync(app, untouched.Number)).Events, x => x.Type == CaseEventType.DeadlinesRecomputed);

        // The supervisor's floor reads the stored summary.
        var last = await app.SendAsync(Actors.Supervisor, new GetLastCalendarRecompute());
        Assert.Equal((2027, 3, 1), (last!.Year, last.CasesMoved, last.CasesEarlier));

        // Saving the same arrangement again moves nothing (pauses are not counted twice).
        var again = await app.SendAsync(Administrator, new SaveCalendarYear(Official2027(), 1));
        Assert.Equal(0, again.CasesMoved);
        Assert.Single((await ReloadAsync(app, earlier.Number)).Events, x => x.Type == CaseEventType.DeadlinesRecomputed);
    }

    [Fact]
    public async Task Two_administrators_saving_the_same_year_get_a_conflict_not_an_overwrite()
    {
        var arrangement = Official2027() with { Year = 2029, NoticeTitle = "2029 通知", Holidays = CalendarArrangement.From(ProvisionalYear.Compute(2029)).Holidays, Workdays = [] };
        await app.SendAsync(Administrator, new SaveCalendarYear(arrangement, null));

        var ex = await Assert.ThrowsAsync<RequestValidationException>(async () =>
            await app.SendAsync(Administrator, new SaveCalendarYear(arrangement with { NoticeTitle = "另一份" }, null)));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal("calendar.savedByOther", problem.Code);
        Assert.Equal(Actors.Admin.DisplayName, problem.Args!["by"]);
        Assert.Equal("2029 通知", (await app.SendAsync(Administrator, new GetCalendarYear(2029))).Year.Source);
    }

    [Fact]
    public async Task A_saved_year_exported_and_imported_again_gives_the_same_arrangement()
    {
        var arrangement = Official2027() with { Year = 2030, NoticeTitle = "2030 通知", Holidays = CalendarArrangement.From(ProvisionalYear.Compute(2030)).Holidays, Workdays = [] };
        await app.SendAsync(Administrator, new SaveCalendarYear(arrangement, null));

        var file = await app.SendAsync(Administrator, new ExportCalendarYear(2030));
        var imported = await app.SendAsync(Administrator, new ImportCalendarYear(file.Json, file.FileName));

        Assert.Equal(arrangement.NoticeTitle, imported.NoticeTitle);
        Assert.Equal(arrangement.NoticeDate, imported.NoticeDate);
        Assert.Equal(arrangement.ToCalendarYear().Holidays, imported.ToCalendarYear().Holidays);
        var audit = await AuditAsync();
        Assert.Contains(audit, a => a is { Action: nameof(SaveCalendarYear), Target: "2030", Succeeded: true });
    }

    private async Task<List<AuditEntry>> AuditAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking().ToListAsync();
    }
}
