namespace ClerkStation.Domain.Cases;

public enum CaseStatus
{
    /// <summary>In a department queue, unclaimed.</summary>
    Routed,
    /// <summary>Claimed by a reviewer.</summary>
    InReview,
    /// <summary>补正: waiting for the applicant's materials; the clock is paused.</summary>
    SupplementRequested,
    /// <summary>Special procedure (hearing, inspection, 公示 …); the clock is paused.</summary>
    Suspended,
    /// <summary>Decided (see <see cref="Case.Outcome"/>); instant items land here at acceptance.</summary>
    ReadyForDelivery,
    Delivered,
    Withdrawn,
}
