using ClerkStation.Domain.Common;
using ClerkStation.Domain.Staff;

namespace ClerkStation.Domain.Cases;

/// <summary>
/// The one place that says who may take which step from which status: the methods check it before they act, and
/// every action bar asks <see cref="AllowedActions(Actor)"/>, so a screen never offers what the case would refuse.
/// Checks run in a fixed order: role, status, department, claim.
/// </summary>
public sealed partial class Case
{
    private static readonly StaffRole[] ReviewerRoles = [StaffRole.Reviewer];
    private static readonly StaffRole[] SupervisorRoles = [StaffRole.Supervisor];
    private static CaseStatus[] ClerkHeldStatuses => [.. OpenStatuses, CaseStatus.ReadyForDelivery];

    /// <summary>The steps <paramref name="actor"/> may take now (a repeat that changes nothing, like claiming one's own case, is not one).</summary>
    public IReadOnlySet<CaseAction> AllowedActions(Actor actor) => AllowedActions(Standing, actor);

    /// <summary>
    /// The same rules for a read model that projected a case's standing instead of loading the case (a queue row offers
    /// claim or release without the aggregate).
    /// </summary>
    public static IReadOnlySet<CaseAction> AllowedActions(CaseStanding standing, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ActionRules.Allowed<CaseAction>(action => Refusal(standing, action, actor));
    }

    private CaseStanding Standing => new(Status, DepartmentCode, ClaimedById);

    private void Require(CaseAction action, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Refusal(Standing, action, actor) is { } code)
        {
            throw new DomainRuleException(code, $"{actor.DisplayName} may not {action} case {Number} while it is {Status} (held by {ClaimedByName ?? "nobody"}).", HeldBy);
        }
    }

    private static string? Refusal(CaseStanding s, CaseAction action, Actor actor) => action switch
    {
        CaseAction.Claim => ClaimRefusal(s, actor),
        CaseAction.Release or CaseAction.Approve or CaseAction.Deny or CaseAction.RequestSupplement or CaseAction.Suspend =>
            Check(s, actor, ReviewerRoles, [CaseStatus.InReview], department: true, claim: ClaimRule.Mine),
        CaseAction.Resume => Check(s, actor, ReviewerRoles, [CaseStatus.Suspended], department: true, claim: ClaimRule.MineOrNobody),
        CaseAction.ReturnMisrouted => Check(s, actor, ReviewerRoles, [CaseStatus.Routed, CaseStatus.InReview], department: true,
            claim: s.Status == CaseStatus.InReview ? ClaimRule.Mine : ClaimRule.None),
        CaseAction.RecordSupplement => Check(s, actor, CounterRoles, [CaseStatus.SupplementRequested]),
        CaseAction.Deliver => Check(s, actor, CounterRoles, [CaseStatus.ReadyForDelivery]),
        CaseAction.Withdraw => Check(s, actor, CounterRoles, OpenStatuses),
        CaseAction.Reassign => Check(s, actor, SupervisorRoles, OpenStatuses),
        CaseAction.ReassignClerk => Check(s, actor, SupervisorRoles, ClerkHeldStatuses),
        _ => CaseRuleCodes.NotAllowedInStatus,
    };

    // A case someone holds cannot be claimed: the refusal names them (the no-op of claiming one's own is the method's).
    private static string? ClaimRefusal(CaseStanding s, Actor actor) =>
        s.Status == CaseStatus.InReview && s.ClaimedById is not null && Check(s, actor, ReviewerRoles, [CaseStatus.InReview], department: true) is null
            ? CaseRuleCodes.ClaimedByOther
            : Check(s, actor, ReviewerRoles, [CaseStatus.Routed], department: true);

    private static string? Check(CaseStanding s, Actor actor, StaffRole[] roles, CaseStatus[] statuses, bool department = false, ClaimRule claim = ClaimRule.None)
    {
        if (!roles.Any(actor.IsIn))
        {
            return CaseRuleCodes.RoleNotAllowed;
        }
        if (!statuses.Contains(s.Status))
        {
            return CaseRuleCodes.NotAllowedInStatus;
        }
        if (department && !actor.Serves(s.DepartmentCode))
        {
            return CaseRuleCodes.NotYourDepartment;
        }
        var mine = s.ClaimedById == actor.UserId;
        return claim switch
        {
            ClaimRule.Mine when !mine => CaseRuleCodes.NotClaimedByYou,
            ClaimRule.MineOrNobody when s.ClaimedById is not null && !mine => CaseRuleCodes.NotClaimedByYou,
            _ => null,
        };
    }

    private enum ClaimRule
    {
        None,
        Mine,
        MineOrNobody,
    }
}
