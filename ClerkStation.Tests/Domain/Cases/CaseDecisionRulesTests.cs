using ClerkStation.Domain.Cases;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Domain.Cases;

/// <summary>
/// Decision rules around the back office: what approving and denying record, required reasons and supplement items,
/// and returning a misrouted case.
/// </summary>
public sealed class CaseDecisionRulesTests
{
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
        AssertCode(CaseRuleCodes.ReasonRequired, () => CaseIn(CaseStatus.InReview).Suspend(ReviewerMz, Day, Today, ""));
        AssertCode(CaseRuleCodes.ReasonRequired, () => CaseIn(CaseStatus.InReview).ReturnMisrouted(ReviewerMz, Day, "rs", ""));
        AssertCode(CaseRuleCodes.ReasonRequired, () => CaseIn(CaseStatus.InReview).Reassign(Supervisor, Day, ReviewerMz2.UserId, ReviewerMz2.DisplayName, null, " "));
        AssertCode(CaseRuleCodes.ReasonRequired, () => CaseIn(CaseStatus.Routed).ReassignClerk(Supervisor, Day, Clerk2.UserId, Clerk2.DisplayName, ""));
        AssertCode(CaseRuleCodes.ReasonRequired, () => CaseIn(CaseStatus.Routed).Withdraw(Clerk, Day, null!));
    }

    [Fact]
    public void A_supplement_request_lists_what_is_needed()
    {
        AssertCode(CaseRuleCodes.SupplementItemsRequired, () => CaseIn(CaseStatus.InReview).RequestSupplement(ReviewerMz, Day, Today, []));
        AssertCode(CaseRuleCodes.SupplementItemsRequired, () => CaseIn(CaseStatus.InReview).RequestSupplement(ReviewerMz, Day, Today, [" ", ""]));

        var @case = CaseIn(CaseStatus.InReview);
        @case.RequestSupplement(ReviewerMz, Day, Today, ["收入证明", " ", " 残疾证 "]);
        Assert.Equal(["收入证明", "残疾证"], @case.SupplementItems);
        Assert.Equal("收入证明；残疾证", @case.Events[^1].Detail);

        @case.RecordSupplement(Clerk, Day, Today, Cal, "已补交");
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
}
