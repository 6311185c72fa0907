using ClerkStation.Domain.Common;
using ClerkStation.Domain.Staff;

namespace ClerkStation.Domain.Cases;

/// <summary>
/// The one place that says who may take which step from which status: the methods check it before they act, and
/// every action bar asks <see cref="AllowedActions"/>, so a screen never offers what the case would refuse.
/// Checks run in a fixed order: role, status, department, claim.
/// </summary>
public sealed partial class Case
{
    private static readonly StaffRole[] ReviewerRoles = [StaffRole.Reviewer];
    private static readonly StaffRole[] SupervisorRoles = [StaffRole.Supervisor];
    private static CaseStatus[] ClerkHeldStatuses => [.. OpenStatuses, CaseStatus.ReadyForDelivery];

    /// <summary>The steps <paramref name="actor"/> may take now (a repeat that changes nothing, like claiming one's own case, is not one).</summary>
    public IReadOnlySet<CaseAction> AllowedActions(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ActionRules.Allowed<CaseAction>(action => Refusal(action, actor));
    }

    private void Require(CaseAction action, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Refusal(action, actor) is { } code)
        {
            throw new DomainRuleException(code, $"{actor.DisplayName} may not {action} case {Number} while it is {Status} (held by {ClaimedByName ?? "nobody"}).", HeldBy);
        }
    }

    private string? Refusal(CaseAction action, Actor actor) => action switch
    {
        CaseAction.Claim => ClaimRefusal(actor),
        CaseAction.Release or CaseAction.Approve or CaseAction.Deny or CaseAction.RequestSupplement or CaseAction.Suspend =>
            Check(actor, ReviewerRoles, [CaseStatus.InReview], department: true, claim: ClaimRule.Mine),
        CaseAction.Resume => Check(actor, ReviewerRoles, [CaseStatus.Suspended], department: true, claim: ClaimRule.MineOrNobody),
        CaseAction.ReturnMisrouted => Check(actor, ReviewerRoles, [CaseStatus.Routed, CaseStatus.InReview], department: true,
            claim: Status == CaseStatus.InReview ? ClaimRule.Mine : ClaimRule.None),
        CaseAction.RecordSupplement => Check(actor, CounterRoles, [CaseStatus.SupplementRequested]),
        CaseAction.Deliver => Check(actor, CounterRoles, [CaseStatus.ReadyForDelivery]),
        CaseAction.Withdraw => Check(actor, CounterRoles, OpenStatuses),
        CaseAction.Reassign => Check(actor, SupervisorRoles, OpenStatuses),
        CaseAction.ReassignClerk => Check(actor, SupervisorRoles, ClerkHeldStatuses),
        _ => CaseRuleCodes.NotAllowedInStatus,
    };

    // A case someone holds cannot be claimed: the refusal names them (the no-op of claiming one's own is the method's).
    private string? ClaimRefusal(Actor actor) =>
        Status == CaseStatus.InReview && ClaimedById is not null && Check(actor, ReviewerRoles, [CaseStatus.InReview], department: true) is null
            ? CaseRuleCodes.ClaimedByOther
            : Check(actor, ReviewerRoles, [CaseStatus.Routed], department: true);

    private string? Check(Actor actor, StaffRole[] roles, CaseStatus[] statuses, bool department = false, ClaimRule claim = ClaimRule.None)
    {
        if (!roles.Any(actor.IsIn))
        {
            return CaseRuleCodes.RoleNotAllowed;
        }
        if (!statuses.Contains(Status))
        {
            return CaseRuleCodes.NotAllowedInStatus;
        }
        if (department && !actor.Serves(DepartmentCode))
        {
            return CaseRuleCodes.NotYourDepartment;
        }
        var mine = ClaimedById == actor.UserId;
        return claim switch
        {
            ClaimRule.Mine when !mine => CaseRuleCodes.NotClaimedByYou,
            ClaimRule.MineOrNobody when ClaimedById is not null && !mine => CaseRuleCodes.NotClaimedByYou,
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
