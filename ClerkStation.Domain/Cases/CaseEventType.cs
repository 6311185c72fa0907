namespace ClerkStation.Domain.Cases;

public enum CaseEventType
{
    Accepted,
    Completed,
    Claimed,
    Released,
    Approved,
    Denied,
    SupplementRequested,
    SupplementReceived,
    Suspended,
    Resumed,
    ReturnedMisrouted,
    Reassigned,
    ClerkReassigned,
    Delivered,
    Withdrawn,
}
