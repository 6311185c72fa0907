namespace ClerkStation.Domain.Complaints;

/// <summary>办不成事反映: recorded → assigned → resolved → closed.</summary>
public enum ComplaintStatus
{
    Recorded,
    Assigned,
    Resolved,
    Closed,
}
