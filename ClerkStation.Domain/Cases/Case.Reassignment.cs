using ClerkStation.Domain.Common;
using ClerkStation.Domain.Staff;

namespace ClerkStation.Domain.Cases;

// The supervisor moves a case to another reviewer, department or clerk.
public sealed partial class Case
{
    /// <summary>
    /// Supervisor moves an open case to another reviewer and/or department. With a reviewer the case is claimed by them;
    /// without one it goes unclaimed into the (new) department's queue. Paused cases stay paused.
    /// </summary>
    public void Reassign(Actor supervisor, DateTimeOffset now, string? toReviewerId, string? toReviewerName, string? toDepartment, string reason)
    {
        Require(CaseAction.Reassign, supervisor);
        var why = RequireReason(reason);
        var reviewerId = Trimmed(toReviewerId);
        var department = Trimmed(toDepartment);
        if ((reviewerId is null && department is null) || (reviewerId is not null && Trimmed(toReviewerName) is null))
        {
            throw new DomainRuleException(CaseRuleCodes.TargetRequired, "Name the reviewer (id and name) or the department to reassign to.");
        }

        var from = Status;
        var before = $"{DepartmentCode}/{ClaimedByName ?? "—"}";
        var departmentBefore = DepartmentCode;
        DepartmentCode = department ?? DepartmentCode;
        if (reviewerId is not null)
        {
            SetClaim(reviewerId, toReviewerName!.Trim());
            if (Status == CaseStatus.Routed)
            {
                Status = CaseStatus.InReview;
            }
        }
        else
        {
            SetClaim(null, null);
            if (Status == CaseStatus.InReview)
            {
                Status = CaseStatus.Routed;
            }
        }
        Changed(supervisor, now, CaseEventType.Reassigned, from, why, $"{before} → {DepartmentCode}/{ClaimedByName ?? "—"}", departmentBefore);
    }

    /// <summary>Supervisor hands the counter follow-up (and delivery) of a case to another clerk.</summary>
    public void ReassignClerk(Actor supervisor, DateTimeOffset now, string toClerkId, string toClerkName, string reason)
    {
        Require(CaseAction.ReassignClerk, supervisor);
        var why = RequireReason(reason);
        if (Trimmed(toClerkId) is null || Trimmed(toClerkName) is null)
        {
            throw new DomainRuleException(CaseRuleCodes.TargetRequired, "Name the clerk to reassign to.");
        }

        var before = AssignedClerkName;
        var clerkBefore = AssignedClerkId;
        AssignedClerkId = toClerkId.Trim();
        AssignedClerkName = toClerkName.Trim();
        Changed(supervisor, now, CaseEventType.ClerkReassigned, Status, why, $"{before} → {AssignedClerkName}", previousClerk: clerkBefore);
    }
}
