using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using static ClerkStation.Tests.Domain.Queue.QueueTestKit;

namespace ClerkStation.Tests.Domain.Queue;

public class TicketLifecycleTests
{
    [Fact]
    public void Calling_starts_a_visit_at_the_window_and_finishing_ends_it()
    {
        var t = Ticket(A, 1, 0);
        var visit = t.Call(Actors.Clerk, Window1, Min(12), Today);
        Assert.Equal((TicketStatus.Serving, 1, Actors.Clerk.DisplayName, 1), (t.Status, t.Window, t.ServedByName, t.CallCount));
        Assert.Equal((t.Id, "A001", 1, TimeSpan.FromMinutes(12)), (visit.TicketId, visit.TicketNumber, visit.Window, visit.Waited));
        Assert.Equal(visit.Id, t.CurrentVisitId);

        t.Finish(Actors.Clerk, Min(20), visit);
        Assert.Equal(TicketStatus.Finished, t.Status);
        Assert.Equal((VisitOutcome.Finished, TimeSpan.FromMinutes(8)), (visit.Outcome, visit.ServiceTime));
        Assert.Null(t.CurrentVisitId);
    }

    [Fact]
    public void A_called_ticket_cannot_be_called_again_and_a_window_calls_only_what_it_serves()
    {
        var t = Ticket(A, 1, 0);
        Assert.Equal(QueueRuleCodes.UnknownCategory, Assert.Throws<DomainRuleException>(() => t.Call(Actors.Clerk, Window3, Min(1), Today)).Code);
        t.Call(Actors.Clerk, Window1, Min(1), Today);
        Assert.Equal(QueueRuleCodes.NotAllowedInStatus, Assert.Throws<DomainRuleException>(() => t.Call(Actors.Clerk2, Window2, Min(1), Today)).Code);
    }

    [Fact]
    public void Only_the_clerk_serving_the_ticket_acts_on_it()
    {
        var t = Ticket(A, 1, 0);
        var visit = t.Call(Actors.Clerk, Window1, Min(1), Today);
        Assert.Equal(QueueRuleCodes.NotYourTicket, Assert.Throws<DomainRuleException>(() => t.Finish(Actors.Clerk2, Min(2), visit)).Code);
        Assert.Equal(QueueRuleCodes.RoleNotAllowed, Assert.Throws<DomainRuleException>(
            () => Ticket(A, 2, 0).Call(Actors.Supervisor, Window1, Min(1), Today)).Code);
    }

    [Fact]
    public void Re_call_announces_again_and_counts_the_calls()
    {
        var t = Ticket(A, 1, 0);
        t.Call(Actors.Clerk, Window1, Min(1), Today);
        Assert.Null(t.Recall(Actors.Clerk, Min(2), Today, RecallLimit));
        Assert.Equal((2, Min(2)), (t.CallCount, t.CalledAt));
        Assert.Contains(t.TakeDomainEvents(), e => e is TicketChanged { IsCall: true, Window: 1 });
    }

    [Fact]
    public void A_missed_ticket_can_be_called_back_within_the_limit_as_a_new_visit()
    {
        var t = Ticket(A, 1, 0);
        var first = t.Call(Actors.Clerk, Window1, Min(1), Today);
        t.MarkMissed(Actors.Clerk, Min(3), first);
        Assert.Equal((TicketStatus.Missed, VisitOutcome.Missed), (t.Status, first.Outcome));
        Assert.False(t.IsExpired(Min(8), RecallLimit));

        var second = t.Recall(Actors.Clerk, Min(8), Today, RecallLimit);
        Assert.NotNull(second);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal((TicketStatus.Serving, second.Id), (t.Status, t.CurrentVisitId));
    }

    [Fact]
    public void A_missed_ticket_expires_after_the_limit()
    {
        var t = Ticket(A, 1, 0);
        t.MarkMissed(Actors.Clerk, Min(3), t.Call(Actors.Clerk, Window1, Min(1), Today));
        Assert.True(t.IsExpired(Min(9), RecallLimit));
        Assert.Equal(QueueRuleCodes.MissedExpired, Assert.Throws<DomainRuleException>(() => t.Recall(Actors.Clerk, Min(9), Today, RecallLimit)).Code);
        Assert.Null(CallOrder.Next([t], Window1, Min(9)));
    }

    [Fact]
    public void Hold_parks_the_visit_and_resume_continues_it()
    {
        var t = Ticket(A, 1, 0);
        var visit = t.Call(Actors.Clerk, Window1, Min(1), Today);
        t.Hold(Actors.Clerk, Min(2), visit);
        Assert.Equal(TicketStatus.Held, t.Status);
        Assert.Throws<DomainRuleException>(() => t.Finish(Actors.Clerk, Min(3), visit));
        t.Resume(Actors.Clerk, Min(5), visit);
        t.Finish(Actors.Clerk, Min(6), visit);
        Assert.Equal(TimeSpan.FromMinutes(5), visit.ServiceTime);
    }

    [Fact]
    public void A_transfer_to_a_window_is_called_only_there_and_keeps_its_number_and_arrival()
    {
        var t = Ticket(A, 1, 0);
        var visit = t.Call(Actors.Clerk, Window1, Min(1), Today);
        t.Transfer(Actors.Clerk, Min(4), visit, toWindow: 2, toCategory: null, note: " 需公安户籍核查 ");
        Assert.Equal((TicketStatus.Waiting, 2, "需公安户籍核查", "A001"), (t.Status, t.TargetWindow, t.TransferNote, t.Number));
        Assert.Equal(VisitOutcome.Transferred, visit.Outcome);
        Assert.Null(CallOrder.Next([t], Window1, Min(5)));
        var later = Ticket(A, 2, 2);
        Assert.Equal("A001", CallOrder.Next([later, t], Window2, Min(5))!.Number);
        t.Call(Actors.Clerk2, Window2, Min(6), Today);
        Assert.Null(t.TargetWindow);
    }

    [Fact]
    public void A_transfer_to_a_category_moves_it_to_the_windows_serving_that_category()
    {
        var t = Ticket(A, 1, 0);
        var visit = t.Call(Actors.Clerk, Window1, Min(1), Today);
        Assert.Equal(QueueRuleCodes.TransferTargetRequired, Assert.Throws<DomainRuleException>(() => t.Transfer(Actors.Clerk, Min(2), visit, null, null, "x")).Code);
        t.Transfer(Actors.Clerk, Min(2), visit, null, C, null);
        Assert.Equal("C", t.Category);
        Assert.Same(t, CallOrder.Next([t], Window3, Min(3)));
        Assert.Null(CallOrder.Next([t], Window1, Min(3)));
    }
}
