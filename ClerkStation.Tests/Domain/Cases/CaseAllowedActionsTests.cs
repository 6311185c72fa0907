using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Complaints;
using ClerkStation.Domain.Staff;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Domain.Cases;

/// <summary>The actions a case offers are exactly the ones it accepts: the action bars show nothing the case would refuse.</summary>
public class CaseAllowedActionsTests
{
    public static TheoryData<CaseStatus, string, CaseAction[]> Offers => new()
    {
        { CaseStatus.Routed, ReviewerMz.UserId, [CaseAction.Claim, CaseAction.ReturnMisrouted] },
        { CaseStatus.Routed, ReviewerRs.UserId, [] },
        { CaseStatus.InReview, ReviewerMz.UserId, [CaseAction.Release, CaseAction.Approve, CaseAction.Deny, CaseAction.RequestSupplement, CaseAction.Suspend, CaseAction.ReturnMisrouted] },
        { CaseStatus.InReview, ReviewerMz2.UserId, [] },
        { CaseStatus.Suspended, ReviewerMz.UserId, [CaseAction.Resume] },
        { CaseStatus.SupplementRequested, Clerk.UserId, [CaseAction.RecordSupplement, CaseAction.Withdraw] },
        { CaseStatus.ReadyForDelivery, Clerk.UserId, [CaseAction.Deliver] },
        { CaseStatus.ReadyForDelivery, Supervisor.UserId, [CaseAction.ReassignClerk] },
        { CaseStatus.InReview, Supervisor.UserId, [CaseAction.Reassign, CaseAction.ReassignClerk] },
        { CaseStatus.Delivered, Clerk.UserId, [] },
        { CaseStatus.Routed, Admin.UserId, [] },
    };

    private static Actor ActorOf(string id) => new[] { Clerk, ReviewerMz, ReviewerMz2, ReviewerRs, Supervisor, Admin }.Single(a => a.UserId == id);

    [Theory]
    [MemberData(nameof(Offers))]
    public void Each_status_offers_each_person_only_their_steps(CaseStatus status, string actorId, CaseAction[] expected)
    {
        var @case = CaseIn(status);

        Assert.Equal(expected.Order(), @case.AllowedActions(ActorOf(actorId)).Order());
    }

    [Theory]
    [MemberData(nameof(Offers))]
    public void A_list_that_projected_the_cases_standing_offers_what_the_case_itself_offers(CaseStatus status, string actorId, CaseAction[] expected)
    {
        var @case = CaseIn(status);

        var fromStanding = Case.AllowedActions(new CaseStanding(@case.Status, @case.DepartmentCode, @case.ClaimedById), ActorOf(actorId));

        Assert.Equal(expected.Order(), fromStanding.Order());
    }

    [Theory]
    [MemberData(nameof(Offers))]
    public void What_is_not_offered_is_refused_and_what_is_offered_is_done(CaseStatus status, string actorId, CaseAction[] expected)
    {
        var actor = ActorOf(actorId);
        foreach (var action in Enum.GetValues<CaseAction>())
        {
            var @case = CaseIn(status);
            var version = @case.Version;
            var attempt = Record.Exception(() => Take(@case, action, actor));
            if (expected.Contains(action))
            {
                Assert.Null(attempt);
            }
            else if (attempt is null)
            {
                Assert.Equal(version, @case.Version); // a repeat that changes nothing (claiming one's own case)
            }
            else
            {
                Assert.IsType<DomainRuleException>(attempt);
            }
        }
    }

    [Fact]
    public void A_suspended_case_nobody_holds_may_be_resumed_by_any_reviewer_of_its_department()
    {
        var @case = CaseIn(CaseStatus.Suspended);
        @case.Reassign(Supervisor, Day, null, null, "mz", "李审核休假");

        Assert.Contains(CaseAction.Resume, @case.AllowedActions(ReviewerMz2));
        Assert.DoesNotContain(CaseAction.Resume, @case.AllowedActions(ReviewerRs));
    }

    [Fact]
    public void A_complaint_offers_the_supervisor_the_next_step_and_nobody_else_anything()
    {
        var complaint = Complaint.Record(Clerk, Day, Today, "王五", null, null, null, "证明开不出来");

        Assert.Equal([ComplaintAction.Assign], complaint.AllowedActions(Supervisor));
        Assert.Empty(complaint.AllowedActions(Clerk));
        complaint.Assign(Supervisor, Day, ReviewerMz.DisplayName);
        Assert.Equal([ComplaintAction.Assign, ComplaintAction.Resolve], complaint.AllowedActions(Supervisor).Order());
        complaint.Resolve(Supervisor, Day, "已补开证明");
        Assert.Equal([ComplaintAction.Close], complaint.AllowedActions(Supervisor));
    }

    private static void Take(Case @case, CaseAction action, Actor actor)
    {
        switch (action)
        {
            case CaseAction.Claim: @case.Claim(actor, Day); break;
            case CaseAction.Release: @case.Release(actor, Day); break;
            case CaseAction.Approve: @case.Approve(actor, Day); break;
            case CaseAction.Deny: @case.Deny(actor, Day, "不符合条件"); break;
            case CaseAction.RequestSupplement: @case.RequestSupplement(actor, Day, Today, ["收入证明"]); break;
            case CaseAction.Suspend: @case.Suspend(actor, Day, Today, "公示"); break;
            case CaseAction.Resume: @case.Resume(actor, Day, Today, Cal); break;
            case CaseAction.ReturnMisrouted: @case.ReturnMisrouted(actor, Day, "rs", "分错部门"); break;
            case CaseAction.RecordSupplement: @case.RecordSupplement(actor, Day, Today, Cal); break;
            case CaseAction.Deliver: @case.Deliver(actor, Day, DeliveryMethod.Electronic, null, null, null); break;
            case CaseAction.Withdraw: @case.Withdraw(actor, Day, "申请人撤回"); break;
            case CaseAction.Reassign: @case.Reassign(actor, Day, null, null, "rs", "分错部门"); break;
            case CaseAction.ReassignClerk: @case.ReassignClerk(actor, Day, Clerk2.UserId, Clerk2.DisplayName, "请假"); break;
        }
    }
}
