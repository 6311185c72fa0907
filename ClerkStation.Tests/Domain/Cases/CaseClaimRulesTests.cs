using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Domain.Cases;

/// <summary>
/// Claim rules around the back office: a reviewer claims only in their department, one holder at a time, and only the
/// holder decides.
/// </summary>
public sealed class CaseClaimRulesTests
{
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
        AssertCode(CaseRuleCodes.NotClaimedByYou, () => @case.RequestSupplement(ReviewerMz2, Day, Today, ["x"]));
        AssertCode(CaseRuleCodes.NotClaimedByYou, () => @case.Suspend(ReviewerMz2, Day, Today, "x"));
        AssertCode(CaseRuleCodes.NotClaimedByYou, () => @case.ReturnMisrouted(ReviewerMz2, Day, "rs", "x"));
        AssertCode(CaseRuleCodes.NotYourDepartment, () => @case.Approve(ReviewerRs, Day));
        Assert.Equal(CaseStatus.InReview, @case.Status);
    }

    [Fact]
    public void Resume_by_another_reviewer_is_refused_while_the_holder_keeps_it()
    {
        var @case = CaseIn(CaseStatus.Suspended);
        AssertCode(CaseRuleCodes.NotClaimedByYou, () => @case.Resume(ReviewerMz2, Day, Today, Cal));
        AssertCode(CaseRuleCodes.NotYourDepartment, () => @case.Resume(ReviewerRs, Day, Today, Cal));
    }
}
