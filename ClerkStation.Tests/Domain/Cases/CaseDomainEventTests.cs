using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Complaints;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Domain.Cases;

/// <summary>Aggregates record what happened as domain events; the app publishes them once, after the save.</summary>
public class CaseDomainEventTests
{
    [Fact]
    public void Every_step_of_a_case_raises_one_CaseChanged_and_taking_them_clears_them()
    {
        var @case = Case.Accept(Promised(), Clerk, Day, Today, Cal);
        @case.Claim(ReviewerMz, At("2026-02-10"));

        var taken = @case.TakeDomainEvents().Cast<CaseChanged>().ToList();

        Assert.Equal([CaseEventType.Accepted, CaseEventType.Claimed], taken.Select(e => e.Type));
        Assert.All(taken, e => Assert.Equal(@case.Number, e.Number));
        // The licence issuer decides from the item code alone whether a step can issue anything (no reload of the case).
        Assert.All(taken, e => Assert.Equal(@case.ItemCode, e.ItemCode));
        Assert.Equal(CaseStatus.InReview, taken[^1].Status);
        Assert.Empty(@case.TakeDomainEvents());
    }

    [Fact]
    public void An_instant_case_raises_accepted_then_completed()
    {
        var @case = Case.Accept(Instant(), Clerk, Day, Today, Cal);

        Assert.Equal([CaseEventType.Accepted, CaseEventType.Completed], @case.TakeDomainEvents().Cast<CaseChanged>().Select(e => e.Type));
    }

    [Fact]
    public void A_move_to_another_department_or_clerk_names_where_the_case_was()
    {
        var @case = Case.Accept(Promised(), Clerk, Day, Today, Cal);
        @case.TakeDomainEvents();

        @case.Reassign(Supervisor, At("2026-02-10"), null, null, "rs", "分错部门");
        @case.ReassignClerk(Supervisor, At("2026-02-10", 11), Clerk2.UserId, Clerk2.DisplayName, "请假");

        var events = @case.TakeDomainEvents().Cast<CaseChanged>().ToList();
        Assert.Equal(("rs", "mz"), (events[0].DepartmentCode, events[0].PreviousDepartmentCode));
        Assert.Null(events[0].PreviousClerkId);
        Assert.Equal((Clerk2.UserId, Clerk.UserId), (events[1].AssignedClerkId, events[1].PreviousClerkId));
        Assert.Null(events[1].PreviousDepartmentCode);
    }

    [Fact]
    public void A_refused_step_raises_nothing()
    {
        var @case = Case.Accept(Promised(), Clerk, Day, Today, Cal);
        @case.TakeDomainEvents();

        Assert.Throws<DomainRuleException>(() => @case.Approve(ReviewerMz, At("2026-02-10")));

        Assert.Empty(@case.TakeDomainEvents());
    }

    [Fact]
    public void A_complaint_raises_an_event_per_step_and_refuses_with_complaint_codes()
    {
        var complaint = Complaint.Record(Clerk, At("2026-03-02"), D("2026-03-02"), "王五", null, null, null, "证明开不出来");
        complaint.Assign(Supervisor, At("2026-03-02", 11), ReviewerMz.DisplayName);

        Assert.Equal([ComplaintStatus.Recorded, ComplaintStatus.Assigned], complaint.TakeDomainEvents().Cast<ComplaintChanged>().Select(e => e.Status));
        Assert.Equal(ComplaintRuleCodes.RoleNotAllowed, Assert.Throws<DomainRuleException>(() => complaint.Resolve(Clerk, At("2026-03-03"), "已办")).Code);
        Assert.Equal(ComplaintRuleCodes.NotAllowedInStatus, Assert.Throws<DomainRuleException>(() => complaint.Close(Supervisor, At("2026-03-03"))).Code);
    }
}
