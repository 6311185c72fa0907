using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Domain.Cases;

/// <summary>The state machine as a table: every action against every status.</summary>
public class CaseTransitionTests
{
    private static readonly Dictionary<string, Action<Case>> Actions = new()
    {
        ["Claim"] = c => c.Claim(ReviewerMz, Day),
        ["Release"] = c => c.Release(ReviewerMz, Day),
        ["Approve"] = c => c.Approve(ReviewerMz, Day, "符合条件"),
        ["Deny"] = c => c.Deny(ReviewerMz, Day, "收入超标"),
        ["RequestSupplement"] = c => c.RequestSupplement(ReviewerMz, Day, Today, ["收入证明"]),
        ["RecordSupplement"] = c => c.RecordSupplement(Clerk, Day, Today, Cal, "已补交"),
        ["Suspend"] = c => c.Suspend(ReviewerMz, Day, Today, "公示"),
        ["Resume"] = c => c.Resume(ReviewerMz, Day, Today, Cal),
        ["ReturnMisrouted"] = c => c.ReturnMisrouted(ReviewerMz, Day, "rs", "属社保事项"),
        ["Reassign"] = c => c.Reassign(Supervisor, Day, ReviewerMz2.UserId, ReviewerMz2.DisplayName, null, "李审核休假"),
        ["ReassignClerk"] = c => c.ReassignClerk(Supervisor, Day, Clerk2.UserId, Clerk2.DisplayName, "换班"),
        ["Deliver"] = c => c.Deliver(Clerk, Day, DeliveryMethod.Window, "张三", "33020319900101123X", null),
        ["Withdraw"] = c => c.Withdraw(Clerk, Day, "申请人撤回"),
    };

    // (action, from) → to for every allowed transition; every other pair must be refused.
    private static readonly Dictionary<(string Action, CaseStatus From), CaseStatus> Allowed = new()
    {
        [("Claim", CaseStatus.Routed)] = CaseStatus.InReview,
        [("Claim", CaseStatus.InReview)] = CaseStatus.InReview, // own claim again: no-op
        [("Release", CaseStatus.InReview)] = CaseStatus.Routed,
        [("Approve", CaseStatus.InReview)] = CaseStatus.ReadyForDelivery,
        [("Deny", CaseStatus.InReview)] = CaseStatus.ReadyForDelivery,
        [("RequestSupplement", CaseStatus.InReview)] = CaseStatus.SupplementRequested,
        [("RecordSupplement", CaseStatus.SupplementRequested)] = CaseStatus.InReview,
        [("Suspend", CaseStatus.InReview)] = CaseStatus.Suspended,
        [("Resume", CaseStatus.Suspended)] = CaseStatus.InReview,
        [("ReturnMisrouted", CaseStatus.Routed)] = CaseStatus.Routed,
        [("ReturnMisrouted", CaseStatus.InReview)] = CaseStatus.Routed,
        [("Reassign", CaseStatus.Routed)] = CaseStatus.InReview,
        [("Reassign", CaseStatus.InReview)] = CaseStatus.InReview,
        [("Reassign", CaseStatus.SupplementRequested)] = CaseStatus.SupplementRequested,
        [("Reassign", CaseStatus.Suspended)] = CaseStatus.Suspended,
        [("ReassignClerk", CaseStatus.Routed)] = CaseStatus.Routed,
        [("ReassignClerk", CaseStatus.InReview)] = CaseStatus.InReview,
        [("ReassignClerk", CaseStatus.SupplementRequested)] = CaseStatus.SupplementRequested,
        [("ReassignClerk", CaseStatus.Suspended)] = CaseStatus.Suspended,
        [("ReassignClerk", CaseStatus.ReadyForDelivery)] = CaseStatus.ReadyForDelivery,
        [("Deliver", CaseStatus.ReadyForDelivery)] = CaseStatus.Delivered,
        [("Withdraw", CaseStatus.Routed)] = CaseStatus.Withdrawn,
        [("Withdraw", CaseStatus.InReview)] = CaseStatus.Withdrawn,
        [("Withdraw", CaseStatus.SupplementRequested)] = CaseStatus.Withdrawn,
        [("Withdraw", CaseStatus.Suspended)] = CaseStatus.Withdrawn,
    };

    public static TheoryData<string, CaseStatus> EveryActionInEveryStatus()
    {
        var data = new TheoryData<string, CaseStatus>();
        foreach (var action in Actions.Keys)
        {
            foreach (var status in Enum.GetValues<CaseStatus>())
            {
                data.Add(action, status);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryActionInEveryStatus))]
    public void Action_in_status_is_allowed_or_refused_per_the_table(string action, CaseStatus status)
    {
        var @case = CaseIn(status);
        var version = @case.Version;
        var events = @case.Events.Count;

        if (Allowed.TryGetValue((action, status), out var expected))
        {
            Actions[action](@case);
            Assert.Equal(expected, @case.Status);
            if (action == "Claim" && status == CaseStatus.InReview)
            {
                Assert.Equal(version, @case.Version);
                Assert.Equal(events, @case.Events.Count);
                return;
            }
            Assert.Equal(version + 1, @case.Version);
            Assert.Equal(events + 1, @case.Events.Count);
            var last = @case.Events[^1];
            Assert.Equal(status, last.From);
            Assert.Equal(expected, last.To);
        }
        else
        {
            var e = Assert.Throws<DomainRuleException>(() => Actions[action](@case));
            Assert.Equal(CaseRuleCodes.NotAllowedInStatus, e.Code);
            Assert.Equal(status, @case.Status);
            Assert.Equal(version, @case.Version);
            Assert.Equal(events, @case.Events.Count);
        }
    }
}
