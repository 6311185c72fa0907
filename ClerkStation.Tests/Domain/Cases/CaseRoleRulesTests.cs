using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Staff;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Domain.Cases;

/// <summary>
/// Who may take each action: actors without the role are refused (before the status is checked), and a trainee works
/// the counter like a clerk.
/// </summary>
public sealed class CaseRoleRulesTests
{
    // Each action tried by actors whose roles never allow it, from a status where the action is allowed.
    public static TheoryData<string, string, CaseStatus> WrongRoles() => new()
    {
        { "Claim", Clerk.UserId, CaseStatus.Routed },
        { "Claim", Supervisor.UserId, CaseStatus.Routed },
        { "Claim", Admin.UserId, CaseStatus.Routed },
        { "Release", Supervisor.UserId, CaseStatus.InReview },
        { "Approve", Clerk.UserId, CaseStatus.InReview },
        { "Approve", Supervisor.UserId, CaseStatus.InReview },
        { "Deny", Trainer.UserId, CaseStatus.InReview },
        { "RequestSupplement", Clerk.UserId, CaseStatus.InReview },
        { "RecordSupplement", ReviewerMz.UserId, CaseStatus.SupplementRequested },
        { "RecordSupplement", Supervisor.UserId, CaseStatus.SupplementRequested },
        { "Suspend", Supervisor.UserId, CaseStatus.InReview },
        { "Resume", Clerk.UserId, CaseStatus.Suspended },
        { "ReturnMisrouted", Supervisor.UserId, CaseStatus.Routed },
        { "Reassign", ReviewerMz.UserId, CaseStatus.InReview },
        { "Reassign", Clerk.UserId, CaseStatus.Routed },
        { "ReassignClerk", Clerk.UserId, CaseStatus.Routed },
        { "Deliver", ReviewerMz.UserId, CaseStatus.ReadyForDelivery },
        { "Deliver", Supervisor.UserId, CaseStatus.ReadyForDelivery },
        { "Withdraw", ReviewerMz.UserId, CaseStatus.InReview },
        { "Withdraw", Admin.UserId, CaseStatus.Routed },
    };

    [Theory]
    [MemberData(nameof(WrongRoles))]
    public void Actors_without_the_role_are_refused(string action, string actorId, CaseStatus status)
    {
        var actor = new[] { Clerk, ReviewerMz, Supervisor, Admin, Trainer }.Single(a => a.UserId == actorId);
        var @case = CaseIn(status);
        var version = @case.Version;

        var e = Assert.Throws<DomainRuleException>(() => Run(action, @case, actor));
        Assert.Equal(CaseRuleCodes.RoleNotAllowed, e.Code);
        Assert.Equal(status, @case.Status);
        Assert.Equal(version, @case.Version);
    }

    [Fact]
    public void Role_is_checked_before_status()
    {
        var e = Assert.Throws<DomainRuleException>(() => CaseIn(CaseStatus.Delivered).Approve(Clerk, Day));
        Assert.Equal(CaseRuleCodes.RoleNotAllowed, e.Code);
    }

    [Fact]
    public void A_trainee_works_the_counter_like_a_clerk()
    {
        var @case = Case.Accept(Promised(), Trainee, Day, Today, Cal);
        @case.Claim(ReviewerMz, Day);
        @case.RequestSupplement(ReviewerMz, Day, Today, ["收入证明"]);
        @case.RecordSupplement(Trainee, Day, Today, Cal);
        @case.Approve(ReviewerMz, Day);
        @case.Deliver(Trainee, Day, DeliveryMethod.Electronic, null, null, null);
        Assert.Equal(CaseStatus.Delivered, @case.Status);
        Assert.Equal(Trainee.UserId, @case.AcceptedById);
    }

    // Same calls as the table, with a chosen actor in the actor's slot.
    private static void Run(string action, Case c, Actor actor)
    {
        switch (action)
        {
            case "Claim": c.Claim(actor, Day); break;
            case "Release": c.Release(actor, Day); break;
            case "Approve": c.Approve(actor, Day); break;
            case "Deny": c.Deny(actor, Day, "收入超标"); break;
            case "RequestSupplement": c.RequestSupplement(actor, Day, Today, ["收入证明"]); break;
            case "RecordSupplement": c.RecordSupplement(actor, Day, Today, Cal); break;
            case "Suspend": c.Suspend(actor, Day, Today, "公示"); break;
            case "Resume": c.Resume(actor, Day, Today, Cal); break;
            case "ReturnMisrouted": c.ReturnMisrouted(actor, Day, "rs", "属社保事项"); break;
            case "Reassign": c.Reassign(actor, Day, ReviewerMz2.UserId, ReviewerMz2.DisplayName, null, "休假"); break;
            case "ReassignClerk": c.ReassignClerk(actor, Day, Clerk2.UserId, Clerk2.DisplayName, "换班"); break;
            case "Deliver": c.Deliver(actor, Day, DeliveryMethod.Electronic, null, null, null); break;
            case "Withdraw": c.Withdraw(actor, Day, "撤回"); break;
            default: throw new ArgumentOutOfRangeException(nameof(action));
        }
    }
}
