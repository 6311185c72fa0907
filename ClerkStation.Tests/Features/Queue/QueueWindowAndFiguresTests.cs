using System.Net;
using System.Text;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Queue;
using ClerkStation.Features.Statistics;
using ClerkStation.Features.Training;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Tests.Features.Queue;

/// <summary>
/// The window at sign-in (ADR 0020), the supervisor's queue panel and the queue statistics with their CSV; on SQLite, and
/// on PostgreSQL when CLERK_TEST_POSTGRES is set.
/// </summary>
public sealed class QueueWindowAndFiguresTests : IAsyncLifetime
{
    private readonly FormulaHallFactory _app = new();

    private static readonly DateOnly Today = DateOnly.FromDateTime(FixedClockAppFactory.Now.DateTime);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _ = _app.Server;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_clerk_who_picks_a_window_at_sign_in_goes_to_take_it_and_everyone_else_goes_on_as_before()
    {
        Assert.Equal("/window/choose?take=2&returnUrl=%2Fintake", await SignInAsync("clerk", "2", "/intake"));
        Assert.Equal("/window/choose?take=4", await SignInAsync("trainee", "4", "/"));
        Assert.Equal("/", await SignInAsync("clerk2", "", "/"));
        Assert.Equal("/", await SignInAsync("clerk2", "99", "/"));
        Assert.Equal("/", await SignInAsync("clerk2", "=1+1", "/"));
        Assert.Equal("/supervisor", await SignInAsync("supervisor", "2", "/supervisor"));
    }

    [Fact]
    public async Task A_clerk_keeps_the_assigned_window_is_refused_anothers_with_the_holders_name_and_releases_it()
    {
        var clerk = await ActorOfAsync("clerk");
        await _app.SendAsync(Actors.Supervisor, new AssignWindow(3, clerk.UserId));
        await _app.SendAsync(Actors.Clerk, new TakeWindow(1));

        var choice = await _app.SendAsync(clerk, new GetWindowChoice());
        Assert.Equal(3, choice.Mine);
        Assert.Equal([(1, (string?)Actors.Clerk.DisplayName, false), (2, (string?)null, false), (3, (string?)clerk.DisplayName, true)],
            choice.Windows.Take(3).Select(w => (w.Window, w.HeldBy, w.IsMine)));
        Assert.Equal(3, (await _app.SendAsync(clerk, new GetMyWindow(3))).Seat);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => _app.SendAsync(clerk, new TakeWindow(1)));
        Assert.Equal((QueueRuleCodes.WindowTaken, Actors.Clerk.DisplayName), (refused.Code, refused.Args["heldBy"]));

        await _app.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        var called = (await _app.SendAsync(clerk, new CallNext(3)))!;
        var serving = await Assert.ThrowsAsync<DomainRuleException>(() => _app.SendAsync(clerk, new ReleaseWindow()));
        Assert.Equal(QueueRuleCodes.AlreadyServing, serving.Code);
        await _app.SendAsync(clerk, new FinishVisit(called.TicketId));

        await _app.SendAsync(clerk, new ReleaseWindow());
        var after = await _app.SendAsync(clerk, new GetWindowChoice());
        Assert.Null(after.Mine);
        Assert.Null(after.Windows.Single(w => w.Window == 3).HeldBy);
        Assert.Null((await _app.SendAsync(clerk, new GetMyWindow(3))).Seat);
        await _app.SendAsync(clerk, new ReleaseWindow()); // holding none is no change, not an error
    }

    [Fact]
    public async Task The_floor_shows_who_sits_where_what_each_window_does_and_the_tickets_waiting_too_long()
    {
        await _app.SendAsync(Actors.Clerk, new TakeWindow(1));
        await _app.SendAsync(Actors.Clerk2, new TakeWindow(2));
        await _app.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        await _app.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        await _app.SendAsync(Actors.Clerk2, new CallNext(2));
        _app.Clock.Now = FixedClockAppFactory.Now.AddMinutes(21);

        var floor = await _app.SendAsync(Actors.Supervisor, new GetQueueFloor());

        Assert.Equal([(1, WindowState.Idle, (string?)Actors.Clerk.DisplayName, (string?)null), (2, WindowState.Serving, (string?)Actors.Clerk2.DisplayName, (string?)"A001"), (3, WindowState.Closed, (string?)null, (string?)null)],
            floor.Windows.Take(3).Select(w => (w.Window, w.State, w.ClerkName, w.TicketNumber)));
        Assert.Equal(1, floor.Categories.Single(c => c.Letter == "A").Waiting);
        Assert.Equal(["A002"], floor.WaitingTooLong);
        Assert.Equal(TimeSpan.Zero, floor.AverageWait);
    }

    [Fact]
    public async Task Queue_statistics_and_their_csv_count_tickets_no_shows_waits_and_service_times()
    {
        var start = FixedClockAppFactory.Now;
        await _app.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        _app.Clock.Now = start.AddMinutes(10);
        var first = (await _app.SendAsync(Actors.Clerk, new CallNext(1)))!;
        _app.Clock.Now = start.AddMinutes(15);
        await _app.SendAsync(Actors.Clerk, new FinishVisit(first.TicketId));
        await _app.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        var second = (await _app.SendAsync(Actors.Clerk, new CallNext(1)))!;
        await _app.SendAsync(Actors.Clerk, new MarkMissed(second.TicketId));
        await _app.SendAsync(Actors.Supervisor, new IssueTicket("B", PriorityReason.None));
        var day = DateOnly.FromDateTime(start.DateTime);

        var s = await _app.SendAsync(Actors.Supervisor, new GetQueueStatistics(day, day));

        Assert.Equal((3, 2, 1, 33.3, (double?)5.0, (double?)5.0),
            (s.Total.Tickets, s.Total.Calls, s.Total.NoShows, s.Total.NoShowRate, s.Total.AverageWaitMinutes, s.Total.AverageServiceMinutes));
        Assert.Equal([("A", 2, 2, 1), ("B", 1, 0, 0)], s.ByCategory.Select(r => (r.Key, r.Tickets, r.Calls, r.NoShows)));
        Assert.Equal([("1", 2, 2, 1)], s.ByWindow.Select(r => (r.Key, r.Tickets, r.Calls, r.NoShows)));
        Assert.Equal(["17"], s.ByHour.Select(r => r.Key));
        var badRange = await Assert.ThrowsAsync<ClerkStation.Infrastructure.Pipeline.RequestValidationException>(
            () => _app.SendAsync(Actors.Supervisor, new GetQueueStatistics(day, day.AddDays(-1))));
        Assert.NotNull(badRange);

        var supervisor = await HttpSignIn.SignedInAsync(_app, "supervisor");
        var csv = await supervisor.GetAsync(QueueStatisticsCsv.UrlFor(day, day), Ct);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Ct)).TrimStart('\uFEFF');
        Assert.Contains("total,*,,3,2,1,33.3,5.0,5.0", text, StringComparison.Ordinal);
        Assert.Contains("window,1,,2,2,1,50.0,5.0,5.0", text, StringComparison.Ordinal);
        // The category's name is centre data a spreadsheet must not run: it leaves as text.
        Assert.Contains("category,A,\"'=SUM(1+2)\",2,2,1,50.0,5.0,5.0", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=SUM(", text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.GetAsync(QueueStatisticsCsv.Path + "?from=2026-13-01", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.GetAsync(QueueStatisticsCsv.Path + "?from=2026-03-12&to=2026-03-11", Ct)).StatusCode);
        var clerk = await HttpSignIn.SignedInAsync(_app, "clerk2");
        Assert.NotEqual(HttpStatusCode.OK, (await clerk.GetAsync(QueueStatisticsCsv.UrlFor(day, day), Ct)).StatusCode);
        var anonymous = HttpSignIn.Client(_app);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(QueueStatisticsCsv.UrlFor(day, day), Ct)).StatusCode);
    }

    [Fact]
    public async Task Call_next_reads_only_the_candidates_and_still_calls_priority_then_arrival_and_leaves_transfers_to_their_window()
    {
        var start = FixedClockAppFactory.Now;
        var minute = 0;
        async Task<TicketPosition> IssueAsync(PriorityReason priority)
        {
            _app.Clock.Now = start.AddMinutes(++minute);
            return await _app.SendAsync(Actors.Supervisor, new IssueTicket("A", priority));
        }

        var transferred = await IssueAsync(PriorityReason.None);
        var called = (await _app.SendAsync(Actors.Clerk2, new CallNext(2)))!;
        await _app.SendAsync(Actors.Clerk2, new Transfer(called.TicketId, 3, null, "复印后回 3 号"));
        for (var i = 0; i < 6; i++)
        {
            await IssueAsync(PriorityReason.None);
        }
        await IssueAsync(PriorityReason.Aged70);

        var order = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var next = (await _app.SendAsync(Actors.Clerk, new CallNext(1)))!;
            order.Add(next.Number);
            await _app.SendAsync(Actors.Clerk, new FinishVisit(next.TicketId));
        }

        Assert.Equal(["A008", "A002", "A003"], order);
        Assert.Equal("A001", transferred.Number);
        Assert.Equal("A001", (await _app.SendAsync(Actors.Clerk2, new CallNext(3)))!.Number);
    }

    [Fact]
    public async Task A_trainee_calls_simulated_tickets_of_the_scenario_library_that_never_reach_the_production_hall()
    {
        var trainee = await ActorOfAsync("trainee", StaffRole.Trainee);
        var clerk = await ActorOfAsync("clerk");

        var issued = await _app.SendAsync(trainee, new IssuePracticeTickets(3));
        var called = (await _app.SendAsync(trainee, new CallNext(1)))!;

        Assert.Equal(["A001", "A002", "A003"], issued.Select(t => t.Number));
        Assert.All(issued, t => Assert.False(string.IsNullOrEmpty(t.ApplicantName)));
        Assert.Equal("A001", called.Number);
        var databases = _app.Services.GetRequiredService<ClerkDatabases>();
        await using (var practice = await databases.Practice.CreateDbContextAsync(Ct))
        {
            Assert.Equal(3, await practice.QueueTickets.CountAsync(Ct));
            Assert.Equal(1, await practice.Visits.CountAsync(Ct));
        }
        await using (var production = await databases.Production.CreateDbContextAsync(Ct))
        {
            Assert.Equal((0, 0), (await production.QueueTickets.CountAsync(Ct), await production.Visits.CountAsync(Ct)));
        }
        // A clerk at work (production) cannot make simulated tickets; nobody waits in the real hall for them either.
        await Assert.ThrowsAsync<PracticeOnlyException>(() => _app.SendAsync(clerk, new IssuePracticeTickets(3)));
        Assert.Null(await _app.SendAsync(clerk, new CallNext(1)));
        Assert.Equal(0, (await _app.SendAsync(Actors.Supervisor, new GetQueueStatistics(Today, Today))).Total.Tickets);
    }

    private async Task<string> SignInAsync(string user, string window, string returnUrl)
    {
        var client = HttpSignIn.Client(_app);
        var token = await HttpSignIn.TokenAsync(client);
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["userName"] = user,
            ["password"] = HttpSignIn.DemoPassword,
            ["returnUrl"] = returnUrl,
            ["window"] = window,
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private async Task<Actor> ActorOfAsync(string userName, StaffRole role = StaffRole.Clerk)
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
        var user = await db.Users.SingleAsync(u => u.UserName == userName, Ct);
        return Actor.Create(user.Id, user.DisplayName, [role]);
    }

    /// <summary>The queue's hall, with a category name that a spreadsheet would run as a formula.</summary>
    private sealed class FormulaHallFactory : QueueAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Queue:Categories:0:Zh", "=SUM(1+2)");
        }
    }
}
