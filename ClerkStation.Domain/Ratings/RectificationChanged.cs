using ClerkStation.Domain.Common;

namespace ClerkStation.Domain.Ratings;

/// <summary>A rectification task was opened or moved on (callback, fix, appeal, decision, close).</summary>
public sealed record RectificationChanged(Guid TaskId, string CaseNumber, RectificationStatus Status) : IDomainEvent;
