using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Domain.Cases;

/// <summary>Department, claim, reason and target rules around the back office.</summary>
public class CaseReviewRulesTests
{
    private static void AssertCode(string code, Action act) => Assert.Equal(code, Assert.Throws<DomainRuleException>(act).Code);

    [Fact]
    public void A_reviewer_of_another_department_cannot_claim()
    {
        var @case = CaseIn(CaseStatus.Routed);
        AssertCode(CaseRuleCodes.NotYourDepartment, () => @case.Claim(ReviewerRs, Day));
        Assert.Null(@case.ClaimedById);
    }

    [Fact]
    public void Claim_conflict_names_the_holder()
    {
        var @case = CaseIn(CaseStatus.Routed);
        @case.Claim(ReviewerMz, Day);
        var e = Assert.Throws<DomainRuleException>(() => @case.Claim(ReviewerMz2, Day));
        Assert.Equal(CaseRuleCodes.ClaimedByOther, e.Code);
        Assert.Contains(ReviewerMz.DisplayName, e.Message);
        Assert.Equal(ReviewerMz.UserId, @case.ClaimedById);
        Assert.Equal(ReviewerMz.DisplayName, @case.ClaimedByName);
    }

    [Fact]
    public void After_release_another_reviewer_can_claim()
    {
        var @case = CaseIn(CaseStatus.InReview);
        @case.Release(ReviewerMz, Day);
        Assert.Null(@case.ClaimedById);
        @case.Claim(ReviewerMz2, Day);
        Assert.Equal(ReviewerMz2.UserId, @case.ClaimedById);
    }

    [Fact]
    public void Only_the_holder_decides()
    {
        var @case = CaseIn(CaseStatus.InReview);
        AssertCode(CaseRuleCodes.NotClaimedByYou, () => @case.Approve(ReviewerMz2, Day));
        AssertCode(CaseRuleCodes.NotClaimedByYou, () => @case.Deny(ReviewerMz2, Day, "x"));
        AssertCode(CaseRuleCodes.NotClaimedByYou, () => @case.Release(ReviewerMz2, Day));
        AssertCode(CaseRuleCodes.NotClaimedByYou, () => @case.RequestSupplement(ReviewerMz2, Day, ["x"]));
        AssertCode(CaseRuleCodes.NotClaimedByYou, () => @case.Suspend(ReviewerMz2, Day, "x"));
        AssertCode(CaseRuleCodes.NotClaimedByYou, () => @case.ReturnMisrouted(ReviewerMz2, Day, "rs", "x"));
        AssertCode(CaseRuleCodes.NotYourDepartment, () => @case.Approve(ReviewerRs, Day));
        Assert.Equal(CaseStatus.InReview, @case.Status);
    }

    [Fact]
    public void Resume_by_another_reviewer_is_refused_while_the_holder_keeps_it()
    {
        var @case = CaseIn(CaseStatus.Suspended);
        AssertCode(CaseRuleCodes.NotClaimedByYou, () => @case.Resume(ReviewerMz2, Day, Cal));
        AssertCode(CaseRuleCodes.NotYourDepartment, () => @case.Resume(ReviewerRs, Day, Cal));
    }

    [Fact]
    public void Approve_and_deny_record_the_decision()
    {
        var approved = CaseIn(CaseStatus.InReview);
        approved.Approve(ReviewerMz, At("2026-02-10"), "  符合条件 ");
        Assert.Equal(CaseOutcome.Approved, approved.Outcome);
        Assert.Equal(At("2026-02-10"), approved.DecidedAt);
        Assert.Equal("符合条件", approved.DecisionNote);
        Assert.Equal(CaseEventType.Approved, approved.Events[^1].Type);

        var denied = CaseIn(CaseStatus.InReview);
        denied.Deny(ReviewerMz, Day, "家庭收入超过当地低保标准");
        Assert.Equal(CaseOutcome.Denied, denied.Outcome);
        Assert.Equal(CaseStatus.ReadyForDelivery, denied.Status);
        Assert.Equal("家庭收入超过当地低保标准", denied.Events[^1].Reason);
        Assert.False(denied.IsOpen);
    }

    [Fact]
    public void Reasons_are_required()
    {
        AssertCode(CaseRuleCodes.ReasonRequired, () => CaseIn(CaseStatus.InReview).Deny(ReviewerMz, Day, " "));
        AssertCode(CaseRuleCodes.ReasonRequired, () => CaseIn(CaseStatus.InReview).Suspend(ReviewerMz, Day, ""));
        AssertCode(CaseRuleCodes.ReasonRequired, () => CaseIn(CaseStatus.InReview).ReturnMisrouted(ReviewerMz, Day, "rs", ""));
        AssertCode(CaseRuleCodes.ReasonRequired, () => CaseIn(CaseStatus.InReview).Reassign(Supervisor, Day, ReviewerMz2.UserId, ReviewerMz2.DisplayName, null, " "));
        AssertCode(CaseRuleCodes.ReasonRequired, () => CaseIn(CaseStatus.Routed).ReassignClerk(Supervisor, Day, Clerk2.UserId, Clerk2.DisplayName, ""));
        AssertCode(CaseRuleCodes.ReasonRequired, () => CaseIn(CaseStatus.Routed).Withdraw(Clerk, Day, null!));
    }

    [Fact]
    public void A_supplement_request_lists_what_is_needed()
    {
        AssertCode(CaseRuleCodes.SupplementItemsRequired, () => CaseIn(CaseStatus.InReview).RequestSupplement(ReviewerMz, Day, []));
        AssertCode(CaseRuleCodes.SupplementItemsRequired, () => CaseIn(CaseStatus.InReview).RequestSupplement(ReviewerMz, Day, [" ", ""]));

        var @case = CaseIn(CaseStatus.InReview);
        @case.RequestSupplement(ReviewerMz, Day, ["收入证明", " ", " 残疾证 "]);
        Assert.Equal(["收入证明", "残疾证"], @case.SupplementItems);
        Assert.Equal("收入证明；残疾证", @case.Events[^1].Detail);

        @case.RecordSupplement(Clerk, Day, Cal, "已补交");
        Assert.Empty(@case.SupplementItems);
    }

    [Fact]
    public void A_misrouted_case_goes_unclaimed_to_the_other_department()
    {
        var @case = CaseIn(CaseStatus.InReview);
        @case.ReturnMisrouted(ReviewerMz, Day, "rs", "属社保事项");

        Assert.Equal(CaseStatus.Routed, @case.Status);
        Assert.Equal("rs", @case.DepartmentCode);
        Assert.Null(@case.ClaimedById);
        Assert.Equal("mz → rs", @case.Events[^1].Detail);
        Assert.Equal("属社保事项", @case.Events[^1].Reason);
        Assert.Equal(D("2026-02-14"), @case.DueDate); // the clock keeps running

        AssertCode(CaseRuleCodes.NotYourDepartment, () => @case.Claim(ReviewerMz, Day));
        @case.Claim(ReviewerRs, Day);
        Assert.Equal(ReviewerRs.UserId, @case.ClaimedById);
    }

    [Fact]
    public void A_routed_case_can_be_returned_by_any_reviewer_of_its_department_but_not_to_itself()
    {
        AssertCode(CaseRuleCodes.TargetRequired, () => CaseIn(CaseStatus.Routed).ReturnMisrouted(ReviewerMz2, Day, "mz", "x"));
        AssertCode(CaseRuleCodes.TargetRequired, () => CaseIn(CaseStatus.Routed).ReturnMisrouted(ReviewerMz2, Day, " ", "x"));
        AssertCode(CaseRuleCodes.NotYourDepartment, () => CaseIn(CaseStatus.Routed).ReturnMisrouted(ReviewerRs, Day, "rs", "x"));
        var @case = CaseIn(CaseStatus.Routed);
        @case.ReturnMisrouted(ReviewerMz2, Day, "rs", "属社保事项");
        Assert.Equal("rs", @case.DepartmentCode);
    }

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

        @case.Resume(ReviewerMz2, At("2026-02-10"), Cal);
        Assert.Equal(CaseStatus.InReview, @case.Status);
        Assert.Equal(ReviewerMz2.UserId, @case.ClaimedById);
    }

    [Fact]
    public void A_resubmission_on_an_unclaimed_case_goes_back_to_the_queue()
    {
        var @case = CaseIn(CaseStatus.SupplementRequested);
        @case.Reassign(Supervisor, Day, null, null, "mz", "重新分派");
        @case.RecordSupplement(Clerk, Day, Cal);
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
