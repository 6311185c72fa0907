namespace ClerkStation.Domain.Cases;

/// <summary>One step in a case's history; the audit trail and the timeline on the case page.</summary>
public sealed record CaseEvent(
    Guid Id,
    DateTimeOffset At,
    string ActorId,
    string ActorName,
    CaseEventType Type,
    CaseStatus? From,
    CaseStatus To,
    string? Reason = null,
    string? Detail = null);
