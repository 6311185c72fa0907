using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Features.Queue;
using ClerkStation.Infrastructure.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Queue;

/// <summary>Issuing tickets: numbered per category and day with the people ahead and the wait, clear errors, and numbering after a transfer.</summary>
public sealed class QueueTicketNumberingTests : FreshAppTest<QueueAppFactory>
{
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
}
