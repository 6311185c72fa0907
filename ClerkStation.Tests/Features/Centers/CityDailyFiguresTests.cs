using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Ratings;
using ClerkStation.Features.City;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Practice;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Centers;

/// <summary>
/// The city comparison from kept daily figures (ADR 0029) gives what the plain GROUP BY over the range gives: over demo
/// history of three centers and six weeks, for ranges in the past, up to today, and after a past day changed (a rating
/// excluded on appeal) or a late rating came in today.
/// </summary>
public sealed class CityDailyFiguresTests(FixedClockAppFactory app) : IClassFixture<FixedClockAppFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(FixedClockAppFactory.Now.DateTime);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Kept_days_give_the_same_figures_as_the_live_group_by_for_every_range()
    {
        await SeedAsync();
        (DateOnly, DateOnly)[] ranges = [(Today.AddDays(-29), Today), (Today.AddDays(-40), Today.AddDays(-10)), (Today.AddDays(-5), Today.AddDays(-5)), (Today.AddDays(-45), Today)];
        foreach (var (from, to) in ranges)
        {
            await AssertSameAsLiveAsync(from, to);
            await AssertSameAsLiveAsync(from, to); // the second read comes from the kept days
        }
    }

    [Fact]
    public async Task An_exclusion_on_a_past_day_and_a_late_rating_today_are_counted_after_the_days_were_kept()
    {
        await SeedAsync();
        var (from, to) = (Today.AddDays(-29), Today);
        var before = await CompareAsync(from, to);
        int excludedAt;
        await using (var db = await Production().CreateDbContextAsync(Ct))
        {
            // A bad rating of an earlier day, contested and upheld today: its day's figures change after they were kept.
            var task = await db.RectificationTasks.AcrossCenters()
                .Where(t => (t.Status == RectificationStatus.Open || t.Status == RectificationStatus.CalledBack) && t.OpenedOn >= from && t.OpenedOn < Today)
                .OrderBy(t => t.OpenedOn).FirstAsync(Ct);
            var rating = await db.ServiceRatings.AcrossCenters().SingleAsync(r => r.Id == task.RatingId, Ct);
            var boss = Actors.Supervisor.InCenter(task.CenterId);
            task.Appeal(boss, FixedClockAppFactory.Now, "恶意差评");
            task.DecideAppeal(boss, FixedClockAppFactory.Now, CenterDay.Of(FixedClockAppFactory.Now), true, "申诉成立", rating);
            excludedAt = task.CenterId;
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = await Production().CreateDbContextAsync(Ct))
        {
            db.CenterScope = TestCenters.Taohua; // the late rating is the Taohua case's: a delivered case of last week never rated
            var @case = await db.Cases.Where(c => c.Status == CaseStatus.Delivered && c.AcceptedOn < Today.AddDays(-3)
                && !db.ServiceRatings.Any(r => r.CaseId == c.Id)).OrderBy(c => c.AcceptedOn).FirstAsync(Ct);
            var late = await ClerkStation.Features.Ratings.RatingInvitations.EnsureAsync(db, @case, FixedClockAppFactory.Now, Ct);
            late.Rate(RatingLevel.VerySatisfied, null, FixedClockAppFactory.Now, Today);
            await db.SaveChangesAsync(Ct);
        }

        var after = await CompareAsync(from, to);
        Assert.Equal(Row(before, excludedAt).Bad - 1, Row(after, excludedAt).Bad);
        Assert.Equal(Row(before, TestCenters.Taohua).Rated + 1 - (excludedAt == TestCenters.Taohua ? 1 : 0), Row(after, TestCenters.Taohua).Rated);
        await AssertSameAsLiveAsync(from, to);
    }

    private static CenterFigures Row(IReadOnlyList<CenterFigures> rows, int center) => rows.Single(r => r.CenterId == center);

    private async Task AssertSameAsLiveAsync(DateOnly from, DateOnly to)
    {
        var kept = await CompareAsync(from, to);
        await using var db = await Production().CreateDbContextAsync(Ct);
        var live = await CityFigureQueries.LiveAsync(db, app.Services.GetRequiredService<CalendarService>().Current, from, to, Ct);
        Assert.Equal(4, kept.Count(r => r.Accepted > 0)); // the default center, Gaoting, Taohua and Shenjiamen all have history
        foreach (var row in kept)
        {
            var expected = live.GetValueOrDefault(row.CenterId);
            Assert.Equal((expected.Accepted, expected.Instant, expected.Handling.ToSummary(), expected.Rated, expected.Bad),
                (row.Accepted, row.Instant, row.Handling, row.Rated, row.Bad));
        }
    }

    private Task<IReadOnlyList<CenterFigures>> CompareAsync(DateOnly from, DateOnly to) =>
        app.SendAsync(Actors.CitySupervisor, m => m.Send(new GetCityComparison(from, to), Ct));

    private IDbContextFactory<ClerkDbContext> Production() => app.Services.GetRequiredService<ClerkDatabases>().Production;

    private Task SeedAsync() =>
        CenterHistory.EnsureAsync(app, Today, FixedClockAppFactory.Now, "T", 100, center => 10 + (5 * center), [Actors.Clerk], Ct);
}
