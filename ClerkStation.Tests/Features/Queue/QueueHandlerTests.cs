using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Intake;
using ClerkStation.Features.Queue;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Tests.Features.Queue;

public sealed class QueueHandlerTests : FreshAppTest<QueueAppFactory>
{
    private static readonly Applicant Person = new(ApplicantKind.Person, "测试人", Domain.Training.ScenarioParserTests.ValidId("330902", "19700101", "151"), "13905801234");

    [Fact]
    public async Task Tickets_are_numbered_per_category_and_day_and_show_people_ahead_and_the_wait()
    {
        var a1 = await App.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        var a2 = await App.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        var b1 = await App.SendAsync(Actors.Supervisor, new IssueTicket("B", PriorityReason.None));
        Assert.Equal(["A001", "A002", "B001"], new[] { a1.Number, a2.Number, b1.Number });
        Assert.Equal((0, 0), (a1.PeopleAhead, a1.WaitMinutes));
        // One ahead × 8 default minutes, shared by the 30 windows serving A; B is served by window 3 alone.
        Assert.Equal((1, 1), (a2.PeopleAhead, a2.WaitMinutes));
        var b2 = await App.SendAsync(Actors.Supervisor, new IssueTicket("B", PriorityReason.None));
        Assert.Equal((1, 8), (b2.PeopleAhead, b2.WaitMinutes));

        App.Clock.Now = FixedClockAppFactory.Now.AddDays(1);
        Assert.Equal("A001", (await App.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None))).Number);
    }

    [Fact]
    public async Task Unknown_categories_and_windows_are_clear_errors()
    {
        var problem = await Assert.ThrowsAsync<RequestValidationException>(() => App.SendAsync(Actors.Supervisor, new IssueTicket("Z", PriorityReason.None)));
        Assert.Contains(problem.Problems, p => p.Code == QueueRuleCodes.UnknownCategory);
        var window = await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(Actors.Clerk, new CallNext(99)));
        Assert.Equal(QueueRuleCodes.UnknownWindow, window.Code);
    }

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
    public async Task A_ticket_transferred_to_another_category_keeps_its_number_and_that_category_keeps_numbering()
    {
        await App.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        var called = (await App.SendAsync(Actors.Clerk, new CallNext(1)))!;
        await App.SendAsync(Actors.Clerk, new Transfer(called.TicketId, null, "B", "公安业务"));

        // B's own first ticket of the day is B001, beside the transferred A001 now waiting in B (this used to be a
        // unique-index violation: the index was on category and sequence, and the transfer changed the category).
        App.Clock.Now = FixedClockAppFactory.Now.AddMinutes(2);
        var b1 = await App.SendAsync(Actors.Supervisor, new IssueTicket("B", PriorityReason.None));
        Assert.Equal("B001", b1.Number);
        // The transferred ticket keeps its arrival: it is called first.
        var atThree = (await App.SendAsync(Actors.Clerk2, new CallNext(3)))!;
        Assert.Equal("A001", atThree.Number);
    }

    [Fact]
    public async Task Decisions_made_while_a_ticket_is_served_record_its_visit()
    {
        var before = await App.SendAsync(Actors.Clerk, new RefuseApplication(Guid.NewGuid(), "RS-012", Person, "无票"));
        await App.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        var called = (await App.SendAsync(Actors.Clerk, new CallNext(1)))!;
        var during = await App.SendAsync(Actors.Clerk, new RefuseApplication(Guid.NewGuid(), "RS-012", Person, "不属于受理范围"));
        await App.SendAsync(Actors.Clerk, new FinishVisit(called.TicketId));
        var after = await App.SendAsync(Actors.Clerk, new RefuseApplication(Guid.NewGuid(), "RS-012", Person, "办结后"));

        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var inVisit = await VisitLink.DecisionsOf(db, called.VisitId).Select(d => d.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([during.DecisionId!.Value], inVisit);
        Assert.DoesNotContain(before.DecisionId!.Value, inVisit);
        Assert.DoesNotContain(after.DecisionId!.Value, inVisit);
        var visit = await db.Visits.SingleAsync(v => v.Id == called.VisitId, TestContext.Current.CancellationToken);
        Assert.Equal((VisitOutcome.Finished, 1, Actors.Clerk.DisplayName), (visit.Outcome, visit.Window, visit.ClerkName));
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
