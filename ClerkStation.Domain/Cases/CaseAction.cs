namespace ClerkStation.Domain.Cases;

/// <summary>What someone may do to a case; <see cref="Case.AllowedActions(Staff.Actor)"/> says which, for whom, right now.</summary>
public enum CaseAction
{
    Claim,
    Release,
    Approve,
    Deny,
    RequestSupplement,
    Suspend,
    Resume,
    ReturnMisrouted,
    RecordSupplement,
    Deliver,
    Withdraw,
    Reassign,
    ReassignClerk,
}
