using ClerkStation.Domain.Cases;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Domain.Cases;

/// <summary>
/// The supervisor's reassignments: to a reviewer or a department, the target they need, paused and resubmitted cases,
/// and the counter clerk.
/// </summary>
public sealed class CaseReassignRulesTests
{
    [Fact]
    public void Reassign_to_a_reviewer_claims_the_case_for_them()
    {
        var @case = CaseIn(CaseStatus.Routed);
        @case.Reassign(Supervisor, Day, ReviewerMz2.UserId, ReviewerMz2.DisplayName, null, "均衡工作量");
        Assert.Equal(CaseStatus.InReview, @case.Status);
        Assert.Equal((ReviewerMz2.UserId, ReviewerMz2.DisplayName), (@case.ClaimedById, @case.ClaimedByName));
        var e = @case.Events[^1];
        Assert.Equal(CaseEventType.Reassigned, e.Type);
        Assert.Equal("均衡工作量", e.Reason);
        Assert.Equal($"mz/— → mz/{ReviewerMz2.DisplayName}", e.Detail);
        Assert.Equal((Supervisor.UserId, Supervisor.DisplayName), (e.ActorId, e.ActorName));
        @case.Approve(ReviewerMz2, Day);
    }

    [Fact]
    public void Reassign_to_a_department_puts_the_case_unclaimed_into_its_queue()
    {
        var @case = CaseIn(CaseStatus.InReview);
        @case.Reassign(Supervisor, Day, null, null, "rs", "跨部门调整");
        Assert.Equal(CaseStatus.Routed, @case.Status);
        Assert.Equal("rs", @case.DepartmentCode);
        Assert.Null(@case.ClaimedById);
    }

    [Fact]
    public void Reassign_needs_a_target()
    {
        AssertCode(CaseRuleCodes.TargetRequired, () => CaseIn(CaseStatus.InReview).Reassign(Supervisor, Day, null, null, " ", "x"));
        AssertCode(CaseRuleCodes.TargetRequired, () => CaseIn(CaseStatus.InReview).Reassign(Supervisor, Day, ReviewerMz2.UserId, null, null, "x"));
        AssertCode(CaseRuleCodes.TargetRequired, () => CaseIn(CaseStatus.InReview).ReassignClerk(Supervisor, Day, "", Clerk2.DisplayName, "x"));
    }

    [Fact]
    public void A_paused_case_reassigned_to_a_department_is_resumed_by_whoever_picks_it_up()
    {
        var @case = CaseIn(CaseStatus.Suspended);
        @case.Reassign(Supervisor, Day, null, null, "mz", "李审核长期病假");
        Assert.Equal(CaseStatus.Suspended, @case.Status);
        Assert.Null(@case.ClaimedById);
        Assert.True(@case.IsPaused);

        @case.Resume(ReviewerMz2, At("2026-02-10"), D("2026-02-10"), Cal);
        Assert.Equal(CaseStatus.InReview, @case.Status);
        Assert.Equal(ReviewerMz2.UserId, @case.ClaimedById);
    }

    [Fact]
    public void A_resubmission_on_an_unclaimed_case_goes_back_to_the_queue()
    {
        var @case = CaseIn(CaseStatus.SupplementRequested);
        @case.Reassign(Supervisor, Day, null, null, "mz", "重新分派");
        @case.RecordSupplement(Clerk, Day, Today, Cal);
        Assert.Equal(CaseStatus.Routed, @case.Status);
    }

    [Fact]
    public void ReassignClerk_changes_who_follows_up_at_the_counter()
    {
        var @case = CaseIn(CaseStatus.ReadyForDelivery);
        @case.ReassignClerk(Supervisor, Day, Clerk2.UserId, Clerk2.DisplayName, "王受理调岗");
        Assert.Equal((Clerk2.UserId, Clerk2.DisplayName), (@case.AssignedClerkId, @case.AssignedClerkName));
        Assert.Equal(Clerk.UserId, @case.AcceptedById);
        Assert.Equal($"{Clerk.DisplayName} → {Clerk2.DisplayName}", @case.Events[^1].Detail);
    }
}
