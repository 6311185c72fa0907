using System.Net;
using System.Text;
using ClerkStation.Domain.Queue;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Queue;
using ClerkStation.Features.Statistics;
using ClerkStation.Features.Training;
using ClerkStation.Infrastructure.Practice;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Queue;

/// <summary>
/// The queue statistics and their CSV, what call-next reads, and practice tickets that never reach the production hall.
/// </summary>
public sealed class QueueFiguresTests : QueueHallTestBase
{
    [Fact]
    public async Task Queue_statistics_and_their_csv_count_tickets_no_shows_waits_and_service_times()
    {
        var start = FixedClockAppFactory.Now;
        await App.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        App.Clock.Now = start.AddMinutes(10);
        var first = (await App.SendAsync(Actors.Clerk, new CallNext(1)))!;
        App.Clock.Now = start.AddMinutes(15);
        await App.SendAsync(Actors.Clerk, new FinishVisit(first.TicketId));
        await App.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        var second = (await App.SendAsync(Actors.Clerk, new CallNext(1)))!;
        await App.SendAsync(Actors.Clerk, new MarkMissed(second.TicketId));
        await App.SendAsync(Actors.Supervisor, new IssueTicket("B", PriorityReason.None));
        var day = DateOnly.FromDateTime(start.DateTime);

        var s = await App.SendAsync(Actors.Supervisor, new GetQueueStatistics(day, day));

        Assert.Equal((3, 2, 1, 33.3, (double?)5.0, (double?)5.0),
            (s.Total.Tickets, s.Total.Calls, s.Total.NoShows, s.Total.NoShowRate, s.Total.AverageWaitMinutes, s.Total.AverageServiceMinutes));
        Assert.Equal([("A", 2, 2, 1), ("B", 1, 0, 0)], s.ByCategory.Select(r => (r.Key, r.Tickets, r.Calls, r.NoShows)));
        Assert.Equal([("1", 2, 2, 1)], s.ByWindow.Select(r => (r.Key, r.Tickets, r.Calls, r.NoShows)));
        Assert.Equal(["17"], s.ByHour.Select(r => r.Key));
        var badRange = await Assert.ThrowsAsync<ClerkStation.Infrastructure.Pipeline.RequestValidationException>(
            () => App.SendAsync(Actors.Supervisor, new GetQueueStatistics(day, day.AddDays(-1))));
        Assert.NotNull(badRange);

        var supervisor = await HttpSignIn.SignedInAsync(App, "supervisor");
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
        var clerk = await HttpSignIn.SignedInAsync(App, "clerk2");
        Assert.NotEqual(HttpStatusCode.OK, (await clerk.GetAsync(QueueStatisticsCsv.UrlFor(day, day), Ct)).StatusCode);
        var anonymous = HttpSignIn.Client(App);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(QueueStatisticsCsv.UrlFor(day, day), Ct)).StatusCode);
    }

    [Fact]
    public async Task Call_next_reads_only_the_candidates_and_still_calls_priority_then_arrival_and_leaves_transfers_to_their_window()
    {
        var start = FixedClockAppFactory.Now;
        var minute = 0;
        async Task<TicketPosition> IssueAsync(PriorityReason priority)
        {
            App.Clock.Now = start.AddMinutes(++minute);
            return await App.SendAsync(Actors.Supervisor, new IssueTicket("A", priority));
        }

        var transferred = await IssueAsync(PriorityReason.None);
        var called = (await App.SendAsync(Actors.Clerk2, new CallNext(2)))!;
        await App.SendAsync(Actors.Clerk2, new Transfer(called.TicketId, 3, null, "复印后回 3 号"));
        for (var i = 0; i < 6; i++)
        {
            await IssueAsync(PriorityReason.None);
        }
        await IssueAsync(PriorityReason.Aged70);

        var order = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var next = (await App.SendAsync(Actors.Clerk, new CallNext(1)))!;
            order.Add(next.Number);
            await App.SendAsync(Actors.Clerk, new FinishVisit(next.TicketId));
        }

        Assert.Equal(["A008", "A002", "A003"], order);
        Assert.Equal("A001", transferred.Number);
        Assert.Equal("A001", (await App.SendAsync(Actors.Clerk2, new CallNext(3)))!.Number);
    }

    [Fact]
    public async Task A_trainee_calls_simulated_tickets_of_the_scenario_library_that_never_reach_the_production_hall()
    {
        var trainee = await ActorOfAsync("trainee", StaffRole.Trainee);
        var clerk = await ActorOfAsync("clerk");

        var issued = await App.SendAsync(trainee, new IssuePracticeTickets(3));
        var called = (await App.SendAsync(trainee, new CallNext(1)))!;

        Assert.Equal(["A001", "A002", "A003"], issued.Select(t => t.Number));
        Assert.All(issued, t => Assert.False(string.IsNullOrEmpty(t.ApplicantName)));
        Assert.Equal("A001", called.Number);
        var databases = App.Services.GetRequiredService<ClerkDatabases>();
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
        await Assert.ThrowsAsync<PracticeOnlyException>(() => App.SendAsync(clerk, new IssuePracticeTickets(3)));
        Assert.Null(await App.SendAsync(clerk, new CallNext(1)));
        Assert.Equal(0, (await App.SendAsync(Actors.Supervisor, new GetQueueStatistics(Today, Today))).Total.Tickets);
    }
}
