using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Centers;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Domain.Queue;
using ClerkStation.Features.BackOffice;
using ClerkStation.Features.OnlineApplications;
using ClerkStation.Features.Queue;
using ClerkStation.Features.Statistics;
using ClerkStation.Features.Supervisor;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Tests.Features.Centers;

/// <summary>
/// Two centers in one database (ADR 0018): the clerk, reviewer and supervisor of one see nothing of the other, on the
/// floor, in the statistics and their export, in the hall and at the counters.
/// </summary>
public sealed class CenterVisibilityTests(ClerkAppFactory app) : CenterIsolationTestBase(app)
{
    [Fact]
    public async Task A_case_of_one_center_is_not_found_by_the_reviewer_or_supervisor_of_another()
    {
        await EnsureCentersAsync();
        var number = Assert.Single((await App.SendAsync(Actors.Clerk, m => m.Send(Promised()))).Cases).Number;

        Assert.NotNull(await App.SendAsync(Actors.ReviewerMz, m => m.Send(new GetCaseReview(number))));
        Assert.Contains(await App.SendAsync(Actors.ReviewerMz, m => m.Send(new GetDepartmentQueue())), r => r.Number == number);

        Assert.Null(await App.SendAsync(Actors.ReviewerMz.InCenter(Gaoting), m => m.Send(new GetCaseReview(number))));
        Assert.Null(await App.SendAsync(Actors.Supervisor.InCenter(Gaoting), m => m.Send(new GetCaseReview(number))));
        Assert.Null(await App.SendAsync(Actors.Supervisor.InCenter(Gaoting), m => m.Send(new FindCase(number))));
        Assert.DoesNotContain(await App.SendAsync(Actors.ReviewerMz.InCenter(Gaoting), m => m.Send(new GetDepartmentQueue())), r => r.Number == number);
    }

    [Fact]
    public async Task The_floor_statistics_and_hall_of_another_center_count_nothing_of_this_one()
    {
        await EnsureCentersAsync();
        await App.SendAsync(Actors.Clerk, m => m.Send(Instant()));
        var promised = Assert.Single((await App.SendAsync(Actors.Clerk, m => m.Send(Promised()))).Cases).Id;
        await App.SendAsync(Actors.ReviewerMz, m => m.Send(new ClaimCase(promised)));
        await App.SendAsync(Actors.ReviewerMz, m => m.Send(new ApproveCase(promised)));
        await App.SendAsync(Actors.Supervisor, m => m.Send(new IssueTicket("A", PriorityReason.None)));
        var today = App.Services.GetRequiredService<CenterClocks>().Default.Today;
        var boss = Actors.Supervisor.InCenter(Shenjiamen);

        var floor = await App.SendAsync(boss, m => m.Send(new GetFloor()));
        Assert.Equal(0, floor.Totals.Accepted);
        Assert.Equal(0, floor.Totals.Completed);
        Assert.All(floor.Queues, q => Assert.Equal(0, q.Total));
        var statistics = await App.SendAsync(boss, m => m.Send(new GetStatistics(new StatisticsFilter(today, today))));
        Assert.Equal(0, statistics.Accepted);
        Assert.Equal(0, statistics.Handling.Cases);
        var hall = await App.SendAsync(boss, m => m.Send(new GetQueueFloor()));
        Assert.All(hall.Categories, c => Assert.Equal(0, c.Waiting));

        // The same questions in the first center see its work.
        var floorA = await App.SendAsync(Actors.Supervisor, m => m.Send(new GetFloor()));
        Assert.True(floorA.Totals.Accepted >= 2);
        Assert.True(floorA.Totals.Completed >= 2);
        var statisticsA = await App.SendAsync(Actors.Supervisor, m => m.Send(new GetStatistics(new StatisticsFilter(today, today))));
        Assert.True(statisticsA.Accepted >= 2);
        Assert.True(statisticsA.Handling.Cases >= 1);
        Assert.Contains((await App.SendAsync(Actors.Supervisor, m => m.Send(new GetQueueFloor()))).Categories, c => c.Waiting > 0);
    }

    [Fact]
    public async Task The_statistics_export_counts_only_the_signed_in_supervisors_center()
    {
        // The export is an HTTP endpoint outside Blazor and the mediator: it once read every center's cases.
        await EnsureCentersAsync();
        await App.SendAsync(Actors.Clerk.InCenter(Gaoting), m => m.Send(Instant()));
        var today = App.Services.GetRequiredService<CenterClocks>().Default.Today;
        var own = await App.SendAsync(Actors.Supervisor, m => m.Send(new GetStatistics(new StatisticsFilter(today, today))));

        using var client = await HttpSignIn.SignedInAsync(App, "supervisor");
        var csv = await client.GetStringAsync($"/supervisor/statistics.csv?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}", Ct);

        Assert.Equal("total,*,,accepted," + own.Accepted, csv.Split('\n').Single(l => l.StartsWith("total,*,,accepted,", StringComparison.Ordinal)).Trim());
    }

    [Fact]
    public async Task A_pre_application_waits_only_at_the_counters_of_its_own_center()
    {
        await EnsureCentersAsync();
        var number = "WS-" + Guid.NewGuid().ToString("N")[..12];
        await using (var db = await App.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct))
        {
            db.CenterScope = Center.DefaultId;
            db.PreApplications.Add(PreApplication.Submit(number, "portal", "浙里办", Guid.NewGuid().ToString("N"), "hash", Channel.Online, "RS-002",
                WangFang, "{}", new Dictionary<string, MaterialStatus>(), DateTimeOffset.UtcNow));
            await db.SaveChangesAsync(Ct);
        }

        Assert.Contains(await App.SendAsync(Actors.Clerk, m => m.Send(new GetPendingPreApplications())), p => p.Number == number);
        Assert.DoesNotContain(await App.SendAsync(Actors.Clerk.InCenter(Gaoting), m => m.Send(new GetPendingPreApplications())), p => p.Number == number);
    }
}
