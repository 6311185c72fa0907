using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Centers;
using ClerkStation.Domain.Ratings;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Statistics;
using ClerkStation.Features.Supervisor;
using ClerkStation.Infrastructure.Catalog;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Statistics;

/// <summary>
/// The supervisor's statistics from kept days (ADR 0030) equal the plain GROUP BY over the range, report for report: over
/// six weeks of demo history at four centers, for ranges in the past and up to today, all departments or one, and after
/// the past changed under the kept days (a late rating, an upheld appeal, a case decided today, a case moved to another
/// department).
/// </summary>
public sealed class StatisticsKeptDaysTests(FixedClockAppFactory app) : StatisticsDailyFiguresTestBase(app)
{
    [Fact]
    public async Task Kept_days_give_the_same_report_as_the_range_query_for_every_center_range_and_department()
    {
        await SeedAsync();
        (DateOnly, DateOnly)[] ranges = [(Today.AddDays(-29), Today), (Today.AddDays(-40), Today.AddDays(-10)), (Today.AddDays(-5), Today.AddDays(-5)), (Today.AddDays(-45), Today), (Today, Today)];
        var department = await BusiestDepartmentAsync();
        foreach (var center in Centers)
        {
            foreach (var (from, to) in ranges)
            {
                var report = await AssertSameAsPlainAsync(center, new StatisticsFilter(from, to));
                await AssertSameAsPlainAsync(center, new StatisticsFilter(from, to)); // the second read comes from the kept days
                await AssertSameAsPlainAsync(center, new StatisticsFilter(from, to, department));
                Assert.True(from == to || report.Accepted > 0, $"center {center} has history from {from} to {to}");
            }
        }
    }

    [Fact]
    public async Task A_late_rating_an_upheld_appeal_a_case_decided_today_and_a_moved_case_count_after_the_days_were_kept()
    {
        await SeedAsync();
        var filter = new StatisticsFilter(Today.AddDays(-29), Today);
        const int center = TestCenters.Taohua;
        var before = await AssertSameAsPlainAsync(center, filter);
        await using (var db = await ProductionOf(center).CreateDbContextAsync(Ct))
        {
            // A bad rating of an earlier day, contested and upheld today.
            var task = await db.RectificationTasks
                .Where(t => (t.Status == RectificationStatus.Open || t.Status == RectificationStatus.CalledBack) && t.OpenedOn >= filter.From && t.OpenedOn < Today)
                .OrderBy(t => t.OpenedOn).FirstAsync(Ct);
            var rating = await db.ServiceRatings.SingleAsync(r => r.Id == task.RatingId, Ct);
            var boss = Actors.Supervisor.InCenter(center);
            task.Appeal(boss, FixedClockAppFactory.Now, "恶意差评");
            task.DecideAppeal(boss, FixedClockAppFactory.Now, CenterDay.Of(FixedClockAppFactory.Now), true, "申诉成立", rating);

            // A delivered case of last week rated only today.
            var delivered = await db.Cases.Where(c => c.Status == CaseStatus.Delivered && c.AcceptedOn < Today.AddDays(-3)
                && !db.ServiceRatings.Any(r => r.CaseId == c.Id)).OrderBy(c => c.AcceptedOn).FirstAsync(Ct);
            var late = await ClerkStation.Features.Ratings.RatingInvitations.EnsureAsync(db, delivered, FixedClockAppFactory.Now, Ct);
            late.Rate(RatingLevel.VerySatisfied, null, FixedClockAppFactory.Now, Today);
            await db.SaveChangesAsync(Ct);
        }

        var decidedToday = await OpenCaseAsync(center, filter.From, CaseStatus.InReview);
        await using (var db = await ProductionOf(center).CreateDbContextAsync(Ct))
        {
            // A case accepted weeks ago, decided today: its handling counts on today, its acceptance stays on its day.
            var @case = await db.Cases.SingleAsync(c => c.Id == decidedToday.Id, Ct);
            @case.Approve(Reviewer(@case.ClaimedById!, @case.DepartmentCode, center), FixedClockAppFactory.Now, "准予");
            await db.SaveChangesAsync(Ct);
        }

        // A case of an old day moved to another department through the App: its old day's department figures change.
        var moved = await OpenCaseAsync(center, filter.From, CaseStatus.InReview, CaseStatus.SupplementRequested, CaseStatus.Suspended, CaseStatus.Routed);
        var target = App.Services.GetRequiredService<CatalogStore>().Catalog.Departments.First(d => d.Code != moved.DepartmentCode).Code;
        await App.SendAsync(Actors.Supervisor.InCenter(center), m => m.Send(new ReassignCase(moved.Id, null, target, "分错部门"), Ct));

        var after = await AssertSameAsPlainAsync(center, filter);
        Assert.Equal(before.Ratings.Excluded + 1, after.Ratings.Excluded);
        Assert.Equal(before.Ratings.Total, after.Ratings.Total); // one rating more, one excluded
        Assert.Equal(before.Handling.Cases + 1, after.Handling.Cases);
        Assert.Equal(
            before.Departments.Single(d => d.Code == moved.DepartmentCode).Accepted - 1,
            after.Departments.Single(d => d.Code == moved.DepartmentCode).Accepted);
        Assert.Equal(before.Departments.SingleOrDefault(d => d.Code == target)?.Accepted + 1 ?? 1, after.Departments.Single(d => d.Code == target).Accepted);
        await AssertSameAsPlainAsync(center, new StatisticsFilter(filter.From, filter.To, target));
    }

    private async Task<string> BusiestDepartmentAsync()
    {
        await using var db = await ProductionOf(Center.DefaultId).CreateDbContextAsync(Ct);
        return await db.Cases.GroupBy(c => c.DepartmentCode).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync(Ct);
    }

    private async Task<Case> OpenCaseAsync(int center, DateOnly from, params CaseStatus[] statuses)
    {
        await using var db = await ProductionOf(center).CreateDbContextAsync(Ct);
        return await db.Cases.AsNoTracking().Where(c => statuses.Contains(c.Status) && c.AcceptedOn >= from && c.AcceptedOn < Today.AddDays(-2))
            .OrderBy(c => c.AcceptedOn).FirstAsync(Ct);
    }

    private static Actor Reviewer(string id, string department, int center) =>
        Actor.Create(id, "审批员", [StaffRole.Reviewer], [department]) with { CenterId = center };
}
