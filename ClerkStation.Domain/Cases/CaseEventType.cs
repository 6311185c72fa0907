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
    /// <summary>An official calendar year moved the due dates (old → new in the detail, the notice as the reason).</summary>
    DeadlinesRecomputed,
}
