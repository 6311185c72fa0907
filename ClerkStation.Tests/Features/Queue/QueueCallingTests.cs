using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Queue;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Queue;

/// <summary>Calling tickets at a window: priority first, one at a time, missed and recalled, held and transferred, thirty windows at once.</summary>
public sealed class QueueCallingTests : FreshAppTest<QueueAppFactory>
{
    [Fact]
    public async Task Call_next_takes_priority_first_and_a_window_serves_one_ticket_at_a_time()
    {
        await App.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        var aged = await App.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.Aged70));

        var called = await App.SendAsync(Actors.Clerk, new CallNext(1));
        Assert.Equal((aged.Number, 1), (called!.Number, called.Window));
        var busy = await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(Actors.Clerk, new CallNext(1)));
        Assert.Equal(QueueRuleCodes.AlreadyServing, busy.Code);

        var board = await App.SendAsync(Actors.Clerk, new GetMyWindow(1));
        Assert.Equal((aged.Number, TicketStatus.Serving, 1), (board.Current!.Number, board.Current.Status, board.Waiting));
        Assert.Equal(TicketStatus.Serving, (await App.SendAsync(null, new GetTicketPosition(aged.Token)))!.Status);

        await App.SendAsync(Actors.Clerk, new FinishVisit(called.TicketId));
        Assert.Equal("A001", (await App.SendAsync(Actors.Clerk, new CallNext(1)))!.Number);
        Assert.Null(await App.SendAsync(Actors.Clerk2, new CallNext(2)));
    }

    [Fact]
    public async Task Missed_ticket_is_called_back_within_the_limit_and_then_refused()
    {
        await App.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        var called = (await App.SendAsync(Actors.Clerk, new CallNext(1)))!;
        await App.SendAsync(Actors.Clerk, new Recall(called.TicketId));
        await App.SendAsync(Actors.Clerk, new MarkMissed(called.TicketId));
        Assert.Equal("A001", (await App.SendAsync(Actors.Clerk, new GetMyWindow(1))).Missed.Single().Number);

        App.Clock.Now = FixedClockAppFactory.Now.AddMinutes(4);
        await App.SendAsync(Actors.Clerk, new Recall(called.TicketId));
        Assert.Equal(TicketStatus.Serving, (await App.SendAsync(Actors.Clerk, new GetMyWindow(1))).Current!.Status);
        await App.SendAsync(Actors.Clerk, new MarkMissed(called.TicketId));

        App.Clock.Now = FixedClockAppFactory.Now.AddMinutes(10);
        Assert.Empty((await App.SendAsync(Actors.Clerk, new GetMyWindow(1))).Missed);
        var expired = await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(Actors.Clerk, new Recall(called.TicketId)));
        Assert.Equal(QueueRuleCodes.MissedExpired, expired.Code);
        var other = await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(Actors.Clerk2, new Recall(called.TicketId)));
        Assert.Equal(QueueRuleCodes.NotYourTicket, other.Code);
    }

    [Fact]
    public async Task Hold_resume_and_transfer_to_another_window_with_a_note()
    {
        await App.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        var called = (await App.SendAsync(Actors.Clerk, new CallNext(1)))!;
        await App.SendAsync(Actors.Clerk, new Hold(called.TicketId));
        Assert.Equal(TicketStatus.Held, (await App.SendAsync(Actors.Clerk, new GetMyWindow(1))).Current!.Status);
        await App.SendAsync(Actors.Clerk, new Resume(called.TicketId));
        await App.SendAsync(Actors.Clerk, new Transfer(called.TicketId, 3, null, "户籍问题"));

        Assert.Null((await App.SendAsync(Actors.Clerk, new GetMyWindow(1))).Current);
        Assert.Null(await App.SendAsync(Actors.Clerk, new CallNext(1)));
        var atThree = (await App.SendAsync(Actors.Clerk2, new CallNext(3)))!;
        Assert.Equal("A001", atThree.Number);
        Assert.Equal("户籍问题", (await App.SendAsync(Actors.Clerk2, new GetMyWindow(3))).Current!.TransferNote);
        await Assert.ThrowsAsync<RequestValidationException>(() => App.SendAsync(Actors.Clerk2, new Transfer(atThree.TicketId, null, null, null)));
    }

    [Fact]
    public async Task Thirty_windows_calling_at_once_never_get_the_same_ticket()
    {
        for (var i = 0; i < 40; i++)
        {
            await App.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        }

        using var start = new Barrier(QueueAppFactory.Windows);
        var calls = Enumerable.Range(1, QueueAppFactory.Windows).Select(window => Task.Run(async () =>
        {
            var clerk = Actor.Create("window-" + window, "窗口" + window, [StaffRole.Clerk]);
            start.SignalAndWait(TestContext.Current.CancellationToken);
            return await App.SendAsync(clerk, new CallNext(window));
        })).ToList();
        var called = (await Task.WhenAll(calls)).Select(c => c!).ToList();

        Assert.Equal(QueueAppFactory.Windows, called.Select(c => c.TicketId).Distinct().Count());
        Assert.Equal(QueueAppFactory.Windows, called.Select(c => c.Window).Distinct().Count());
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Equal(QueueAppFactory.Windows, await db.Visits.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(QueueAppFactory.Windows, await db.QueueTickets.CountAsync(t => t.Status == TicketStatus.Serving, TestContext.Current.CancellationToken));
        // The earliest arrivals were called: A001–A030, each once.
        Assert.Equal(Enumerable.Range(1, 30).Select(n => QueueTicket.FormatNumber("A", n)), called.Select(c => c.Number).Order());
    }
}
