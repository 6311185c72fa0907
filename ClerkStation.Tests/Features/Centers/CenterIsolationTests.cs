using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Centers;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Domain.Queue;
using ClerkStation.Features.BackOffice;
using ClerkStation.Features.City;
using ClerkStation.Features.Intake;
using ClerkStation.Features.OnlineApplications;
using ClerkStation.Features.Queue;
using ClerkStation.Features.Statistics;
using ClerkStation.Features.Supervisor;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Tests.Features.Centers;

/// <summary>
/// Two centers in one database (ADR 0018): the clerk, reviewer and supervisor of one see nothing of the other, and what
/// they create is stamped with their own center and numbered by it.
/// </summary>
public sealed class CenterIsolationTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private const int Gaoting = TestCenters.Gaoting;
    private const int Taohua = TestCenters.Taohua;
    private const int Shenjiamen = TestCenters.Shenjiamen; // only read from: its boards stay empty whatever the other tests do

    private static readonly Applicant WangFang = new(ApplicantKind.Person, "王芳", TestIds.WangFang, "13800138000", "定海区展茅街道");

    // MZ-012 残疾人两项补贴停发、变更: promised, routed to civil affairs (mz).
    private static SubmitApplication Promised() => new(
        Guid.NewGuid(), "MZ-012", WangFang,
        new FormData().Set("changeReason", "account").Set("holderName", "李明").Set("holderId", TestIds.LiMing).ToJson(),
        new Dictionary<string, MaterialStatus>());

    // RS-002: instant.
    private static SubmitApplication Instant() => IntakeSamples.Instant(WangFang);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_case_of_one_center_is_not_found_by_the_reviewer_or_supervisor_of_another()
    {
        await EnsureCentersAsync();
        var number = Assert.Single((await app.SendAsync(Actors.Clerk, m => m.Send(Promised()))).Cases).Number;

        Assert.NotNull(await app.SendAsync(Actors.ReviewerMz, m => m.Send(new GetCaseReview(number))));
        Assert.Contains(await app.SendAsync(Actors.ReviewerMz, m => m.Send(new GetDepartmentQueue())), r => r.Number == number);

        Assert.Null(await app.SendAsync(Actors.ReviewerMz.InCenter(Gaoting), m => m.Send(new GetCaseReview(number))));
        Assert.Null(await app.SendAsync(Actors.Supervisor.InCenter(Gaoting), m => m.Send(new GetCaseReview(number))));
        Assert.Null(await app.SendAsync(Actors.Supervisor.InCenter(Gaoting), m => m.Send(new FindCase(number))));
        Assert.DoesNotContain(await app.SendAsync(Actors.ReviewerMz.InCenter(Gaoting), m => m.Send(new GetDepartmentQueue())), r => r.Number == number);
    }

    [Fact]
    public async Task The_floor_statistics_and_hall_of_another_center_count_nothing_of_this_one()
    {
        await EnsureCentersAsync();
        await app.SendAsync(Actors.Clerk, m => m.Send(Instant()));
        var promised = Assert.Single((await app.SendAsync(Actors.Clerk, m => m.Send(Promised()))).Cases).Id;
        await app.SendAsync(Actors.ReviewerMz, m => m.Send(new ClaimCase(promised)));
        await app.SendAsync(Actors.ReviewerMz, m => m.Send(new ApproveCase(promised)));
        await app.SendAsync(Actors.Supervisor, m => m.Send(new IssueTicket("A", PriorityReason.None)));
        var today = app.Services.GetRequiredService<CenterClocks>().Default.Today;
        var boss = Actors.Supervisor.InCenter(Shenjiamen);

        var floor = await app.SendAsync(boss, m => m.Send(new GetFloor()));
        Assert.Equal(0, floor.Totals.Accepted);
        Assert.Equal(0, floor.Totals.Completed);
        Assert.All(floor.Queues, q => Assert.Equal(0, q.Total));
        var statistics = await app.SendAsync(boss, m => m.Send(new GetStatistics(new StatisticsFilter(today, today))));
        Assert.Equal(0, statistics.Accepted);
        Assert.Equal(0, statistics.Handling.Cases);
        var hall = await app.SendAsync(boss, m => m.Send(new GetQueueFloor()));
        Assert.All(hall.Categories, c => Assert.Equal(0, c.Waiting));

        // The same questions in the first center see its work.
        var floorA = await app.SendAsync(Actors.Supervisor, m => m.Send(new GetFloor()));
        Assert.True(floorA.Totals.Accepted >= 2);
        Assert.True(floorA.Totals.Completed >= 2);
        var statisticsA = await app.SendAsync(Actors.Supervisor, m => m.Send(new GetStatistics(new StatisticsFilter(today, today))));
        Assert.True(statisticsA.Accepted >= 2);
        Assert.True(statisticsA.Handling.Cases >= 1);
        Assert.Contains((await app.SendAsync(Actors.Supervisor, m => m.Send(new GetQueueFloor()))).Categories, c => c.Waiting > 0);
    }

    [Fact]
    public async Task The_statistics_export_counts_only_the_signed_in_supervisors_center()
    {
        // The export is an HTTP endpoint outside Blazor and the mediator: it once read every center's cases.
        await EnsureCentersAsync();
        await app.SendAsync(Actors.Clerk.InCenter(Gaoting), m => m.Send(Instant()));
        var today = app.Services.GetRequiredService<CenterClocks>().Default.Today;
        var own = await app.SendAsync(Actors.Supervisor, m => m.Send(new GetStatistics(new StatisticsFilter(today, today))));

        using var client = await HttpSignIn.SignedInAsync(app, "supervisor");
        var csv = await client.GetStringAsync($"/supervisor/statistics.csv?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}", Ct);

        Assert.Equal("total,*,,accepted," + own.Accepted, csv.Split('\n').Single(l => l.StartsWith("total,*,,accepted,", StringComparison.Ordinal)).Trim());
    }

    [Fact]
    public async Task A_pre_application_waits_only_at_the_counters_of_its_own_center()
    {
        await EnsureCentersAsync();
        var number = "WS-" + Guid.NewGuid().ToString("N")[..12];
        await using (var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct))
        {
            db.CenterScope = Center.DefaultId;
            db.PreApplications.Add(PreApplication.Submit(number, "portal", "浙里办", Guid.NewGuid().ToString("N"), "hash", Channel.Online, "RS-002",
                WangFang, "{}", new Dictionary<string, MaterialStatus>(), DateTimeOffset.UtcNow));
            await db.SaveChangesAsync(Ct);
        }

        Assert.Contains(await app.SendAsync(Actors.Clerk, m => m.Send(new GetPendingPreApplications())), p => p.Number == number);
        Assert.DoesNotContain(await app.SendAsync(Actors.Clerk.InCenter(Gaoting), m => m.Send(new GetPendingPreApplications())), p => p.Number == number);
    }

    [Fact]
    public async Task What_a_center_creates_is_stamped_with_it_and_numbered_from_one_with_its_prefix()
    {
        await EnsureCentersAsync();
        var clerk = Actors.Clerk.InCenter(Taohua);
        var first = Assert.Single((await app.SendAsync(clerk, m => m.Send(Instant()))).Cases).Number;
        var second = Assert.Single((await app.SendAsync(clerk, m => m.Send(Instant()))).Cases).Number;
        var ticket = await app.SendAsync(Actors.Supervisor.InCenter(Taohua), m => m.Send(new IssueTicket("B", PriorityReason.None)));
        var draftKey = Guid.NewGuid();
        await app.SendAsync(clerk, m => m.Send(new SaveDraft(draftKey, "RS-002", WangFang, "{}", new Dictionary<string, MaterialStatus>())));

        Assert.Matches(@"^TH-\d{8}-0001$", first);
        Assert.Matches(@"^TH-\d{8}-0002$", second);
        await using var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
        Assert.Equal(Taohua, (await db.Cases.SingleAsync(c => c.Number == first, Ct)).CenterId);
        var stored = await db.QueueTickets.SingleAsync(t => t.Id == ticket.TicketId, Ct);
        Assert.Equal(Taohua, stored.CenterId);
        Assert.Equal(1, stored.Sequence);
        Assert.Equal(Taohua, (await db.FormDrafts.SingleAsync(d => d.SubmissionKey == draftKey, Ct)).CenterId);

        // Its own clerk finds the case; the default center's supervisor does not.
        Assert.NotNull(await app.SendAsync(Actors.Supervisor.InCenter(Taohua), m => m.Send(new FindCase(first))));
        Assert.Null(await app.SendAsync(Actors.Supervisor, m => m.Send(new FindCase(first))));
    }

    [Fact]
    public async Task A_context_scoped_to_one_center_refuses_to_write_a_row_of_another()
    {
        await EnsureCentersAsync();
        var number = Assert.Single((await app.SendAsync(Actors.Clerk, m => m.Send(Instant()))).Cases).Number;
        await using var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
        var @case = await db.Cases.SingleAsync(c => c.Number == number, Ct);
        db.CenterScope = Gaoting;
        db.Entry(@case).Property(nameof(Case.AssignedClerkName)).IsModified = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task The_city_supervisor_sees_every_center_side_by_side_and_a_center_supervisor_may_not()
    {
        await EnsureCentersAsync();
        var today = app.Services.GetRequiredService<CenterClocks>().Default.Today;
        var before = await app.SendAsync(Actors.CitySupervisor, m => m.Send(new GetCityComparison(today, today)));
        await app.SendAsync(Actors.Clerk.InCenter(Gaoting), m => m.Send(Instant()));
        await app.SendAsync(Actors.Clerk.InCenter(Gaoting), m => m.Send(Instant()));
        await app.SendAsync(Actors.Clerk, m => m.Send(Instant()));

        var after = await app.SendAsync(Actors.CitySupervisor, m => m.Send(new GetCityComparison(today, today)));

        Assert.Equal([Center.DefaultId, Gaoting, Taohua, Shenjiamen], after.Select(c => c.CenterId));
        int Accepted(IReadOnlyList<CenterFigures> rows, int id) => rows.Single(r => r.CenterId == id).Accepted;
        Assert.Equal(Accepted(before, Gaoting) + 2, Accepted(after, Gaoting));
        Assert.Equal(Accepted(before, Center.DefaultId) + 1, Accepted(after, Center.DefaultId));
        Assert.Equal(100, after.Single(r => r.CenterId == Gaoting).InstantShare);
        Assert.Equal("岱山县", after.Single(r => r.CenterId == Gaoting).County);
        await Assert.ThrowsAsync<ClerkStation.Infrastructure.Security.AccessDeniedException>(
            async () => await app.SendAsync(Actors.Supervisor, m => m.Send(new GetCityComparison(today, today))));
    }


    private Task EnsureCentersAsync() => TestCenters.EnsureAsync(app, Ct);
}
