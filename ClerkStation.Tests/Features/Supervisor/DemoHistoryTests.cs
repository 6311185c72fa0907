using ClerkStation.Domain.Cases;
using ClerkStation.Features.Statistics;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Supervisor;

/// <summary>The demo history: generated once, marked as demo, plausible (every status, ratings, rectifications).</summary>
public sealed class DemoHistoryTests : FreshAppTest<FixedClockAppFactory> // Demo:History is off here: the test runs the generator itself
{
    [Fact]
    public async Task Generated_once_marked_as_demo_and_seen_by_the_statistics()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var generator = scope.ServiceProvider.GetRequiredService<DemoHistoryGenerator>();
        Assert.False(generator.IsEnabled); // the test factory switches it off for everyone else

        var first = await generator.GenerateOnceAsync(TestContext.Current.CancellationToken);
        Assert.InRange(first, 1000, 20000);
        Assert.Equal(0, await generator.GenerateOnceAsync(TestContext.Current.CancellationToken));

        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var marker = await db.DemoHistory.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(first, marker.Cases);
        Assert.Equal(first, await db.Cases.CountAsync(c => c.Number.StartsWith(DemoHistoryMarker.CasePrefix), TestContext.Current.CancellationToken));
        var statuses = await db.Cases.Select(c => c.Status).Distinct().ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains(CaseStatus.Delivered, statuses);
        Assert.Contains(CaseStatus.InReview, statuses);
        Assert.True(await db.RectificationTasks.AnyAsync(TestContext.Current.CancellationToken));
        Assert.True(await db.IntakeDecisions.AnyAsync(TestContext.Current.CancellationToken));

        var report = await App.SendAsync(Actors.Supervisor, new GetStatistics(new StatisticsFilter(marker.FromDay, marker.ToDay)));
        Assert.True(report.IsDemoData);
        Assert.True(report.Accepted > 0 && report.Ratings.Total > 0 && report.Handling.Cases > 0);
    }
}
