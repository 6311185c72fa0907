using System.Net;
using System.Text.Json;
using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Calendar;
using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Realtime;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static ClerkStation.Tests.Features.Calendar.CalendarTestKit;

namespace ClerkStation.Tests.Cluster;

/// <summary>Several app nodes on one PostgreSQL database: live updates, sign-ins, numbers and the calendar hold across them.</summary>
[Trait("Database", "PostgreSQL")]
public sealed class TwoNodeTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static readonly Applicant WangFang = new(ApplicantKind.Person, "王芳", TestIds.WangFang, "13800138000", "定海区展茅街道");

    // MZ-012 残疾人两项补贴停发、变更: promised, routed to civil affairs (mz).
    internal static SubmitApplication PromisedMz() => new(
        Guid.NewGuid(), "MZ-012", WangFang,
        new FormData().Set("changeReason", "account").Set("holderName", "李明").Set("holderId", TestIds.LiMing).ToJson(),
        new Dictionary<string, MaterialStatus>());

    private static async Task<string> AcceptAsync(ClerkAppFactory node) =>
        Assert.Single((await node.SendAsync(Actors.Clerk, PromisedMz())).Cases).Number;

    [Fact]
    public async Task A_case_accepted_on_node_A_reaches_the_department_queue_screens_of_node_B()
    {
        Assert.SkipUnless(TestPostgres.Enabled, TwoNodes.Requirement);
        var heard = new TaskCompletionSource<LiveChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var screen = nodes.B.Live.Subscribe(t => t == LiveUpdates.DepartmentTopic("mz"), change => { heard.TrySetResult(change); return Task.CompletedTask; });

        var number = await AcceptAsync(nodes.A);

        Assert.Equal(number, (await Eventually.ResultAsync(heard, "node B hears of the case")).CaseNumber);
    }

    [Fact]
    public async Task Two_nodes_accepting_at_once_give_unique_gap_free_numbers_for_the_day()
    {
        Assert.SkipUnless(TestPostgres.Enabled, TwoNodes.Requirement);

        var numbers = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => AcceptAsync(i % 2 == 0 ? nodes.A : nodes.B))));

        Assert.Equal(numbers.Length, numbers.Distinct().Count());
        var prefix = numbers[0][..^4];
        await using var db = await nodes.B.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var today = (await db.Cases.Where(c => c.Number.StartsWith(prefix)).Select(c => c.Number).ToListAsync(TestContext.Current.CancellationToken))
            .Select(n => int.Parse(n[^4..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, today.Count), today);
        Assert.All(numbers, n => Assert.StartsWith(prefix, n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sign_in_on_node_A_holds_on_node_B()
    {
        Assert.SkipUnless(TestPostgres.Enabled, TwoNodes.Requirement);
        var cookies = new CookieContainerHandler();
        var onA = nodes.A.CreateDefaultClient(new Uri("http://localhost"), cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await HttpSignIn.PostLoginAsync(onA, "clerk", HttpSignIn.DemoPassword)).StatusCode);

        var onB = nodes.B.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies.Container));
        var page = await onB.GetAsync("/intake", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task A_calendar_year_saved_on_node_A_is_the_calendar_of_node_B()
    {
        Assert.SkipUnless(TestPostgres.Enabled, TwoNodes.Requirement);
        var arrangement = Official2027() with { Year = 2032, NoticeTitle = "2032 通知", Holidays = CalendarArrangement.From(ProvisionalYear.Compute(2032)).Holidays, Workdays = [] };
        var calendarOfB = nodes.B.Services.GetRequiredService<CalendarService>();
        Assert.Equal(YearProvenance.Provisional, calendarOfB.Current.ProvenanceOf(2032));

        await nodes.A.SendAsync(Administrator, new SaveCalendarYear(arrangement, null));

        await Eventually.TrueAsync(() => calendarOfB.Current.ProvenanceOf(2032) == YearProvenance.Official, "node B re-reads the calendar");
    }

    [Fact]
    public async Task After_its_connection_drops_a_node_reconnects_tells_its_screens_to_reload_and_hears_the_next_change()
    {
        Assert.SkipUnless(TestPostgres.Enabled, TwoNodes.Requirement);
        var before = nodes.B.Relay.Connections;
        var reload = new TaskCompletionSource<LiveChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var counterScreen = nodes.B.Live.Subscribe(t => t == LiveUpdates.ClerkTopic("nobody"), change => { reload.TrySetResult(change); return Task.CompletedTask; });

        await using (var admin = new NpgsqlConnection(TestPostgres.ConnectionString("postgres")))
        {
            await admin.OpenAsync(TestContext.Current.CancellationToken);
            await using var kill = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'ClerkStation live' AND datname = $1", admin);
            kill.Parameters.Add(new NpgsqlParameter { Value = nodes.A.PostgresDatabase });
            await kill.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await Eventually.ResultAsync(reload, "node B's screens are told to reload");
        Assert.True(nodes.B.Relay.Connections > before);
        var heard = new TaskCompletionSource<LiveChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var queue = nodes.B.Live.Subscribe(t => t == LiveUpdates.DepartmentTopic("mz"), change => { heard.TrySetResult(change); return Task.CompletedTask; });
        await Eventually.TrueAsync(() => nodes.A.Relay.Connections > 1, "node A listens again");
        var number = await AcceptAsync(nodes.A);
        await Eventually.TrueAsync(() => heard.Task.IsCompleted && heard.Task.Result.CaseNumber == number, "node B hears the next case");
    }

    [Fact]
    public async Task Healthz_names_the_node_that_answered()
    {
        Assert.SkipUnless(TestPostgres.Enabled, TwoNodes.Requirement);
        foreach (var node in new[] { nodes.A, nodes.B })
        {
            var body = await node.CreateClient().GetStringAsync("/healthz", TestContext.Current.CancellationToken);
            Assert.Equal(node.Name, JsonDocument.Parse(body).RootElement.GetProperty("node").GetString());
        }
    }
}
