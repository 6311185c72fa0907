using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Domain.Cases;

public class CaseEventTests
{
    [Fact]
    public void A_full_lifecycle_records_a_chained_history_and_bumps_the_version_each_step()
    {
        var @case = Case.Accept(Promised(), Clerk, Day, Today, Cal);
        Assert.Equal(1, @case.Version);

        @case.Claim(ReviewerMz, At("2026-02-10"));
        Assert.Equal(2, @case.Version);
        @case.RequestSupplement(ReviewerMz, At("2026-02-10", 11), D("2026-02-10"), ["收入证明"]);
        Assert.Equal(3, @case.Version);
        @case.RecordSupplement(Clerk, At("2026-02-11"), D("2026-02-11"), Cal, "已补交");
        Assert.Equal(4, @case.Version);
        @case.Approve(ReviewerMz, At("2026-02-12"), "符合条件");
        Assert.Equal(5, @case.Version);
        @case.Deliver(Clerk, At("2026-02-13"), DeliveryMethod.Window, "张三", "33020319900101123X", null);
        Assert.Equal(6, @case.Version);

        Assert.Equal(
            [CaseEventType.Accepted, CaseEventType.Claimed, CaseEventType.SupplementRequested, CaseEventType.SupplementReceived, CaseEventType.Approved, CaseEventType.Delivered],
            @case.Events.Select(e => e.Type));
        Assert.Equal(
            [CaseStatus.Routed, CaseStatus.InReview, CaseStatus.SupplementRequested, CaseStatus.InReview, CaseStatus.ReadyForDelivery, CaseStatus.Delivered],
            @case.Events.Select(e => e.To));
        Assert.Null(@case.Events[0].From);
        for (var i = 1; i < @case.Events.Count; i++)
        {
            Assert.Equal(@case.Events[i - 1].To, @case.Events[i].From);
            Assert.True(@case.Events[i].At >= @case.Events[i - 1].At);
        }
        Assert.Equal([Clerk.UserId, ReviewerMz.UserId, ReviewerMz.UserId, Clerk.UserId, ReviewerMz.UserId, Clerk.UserId], @case.Events.Select(e => e.ActorId));
        Assert.Equal(@case.Events.Count, @case.Events.Select(e => e.Id).Distinct().Count());
        Assert.Equal("符合条件", @case.Events[4].Detail);
    }

    [Fact]
    public void Reasons_are_recorded_on_the_event()
    {
        var @case = CaseIn(CaseStatus.InReview);
        @case.Suspend(ReviewerMz, At("2026-02-10"), D("2026-02-10"), "  听证  ");
        var e = @case.Events[^1];
        Assert.Equal((CaseEventType.Suspended, CaseStatus.InReview, CaseStatus.Suspended, "听证"), (e.Type, e.From, e.To, e.Reason));
        Assert.Equal(At("2026-02-10"), e.At);

        @case.Withdraw(Clerk, At("2026-02-11"), "申请人主动撤回");
        e = @case.Events[^1];
        Assert.Equal((CaseEventType.Withdrawn, CaseStatus.Suspended, CaseStatus.Withdrawn, "申请人主动撤回"), (e.Type, e.From, e.To, e.Reason));
    }

    [Fact]
    public void A_refused_action_leaves_no_trace()
    {
        var @case = CaseIn(CaseStatus.InReview);
        var before = (@case.Version, @case.Events.Count, @case.Status, @case.ClaimedById);
        Assert.Throws<DomainRuleException>(() => @case.Claim(ReviewerMz2, Day));
        Assert.Throws<DomainRuleException>(() => @case.Deny(ReviewerMz, Day, ""));
        Assert.Throws<DomainRuleException>(() => @case.Deliver(Clerk, Day, DeliveryMethod.Post, null, null, null));
        Assert.Equal(before, (@case.Version, @case.Events.Count, @case.Status, @case.ClaimedById));
    }
}
