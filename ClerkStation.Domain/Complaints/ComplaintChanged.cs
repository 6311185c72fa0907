using ClerkStation.Domain.Common;

namespace ClerkStation.Domain.Complaints;

/// <summary>A complaint was recorded or moved on (assigned, resolved, closed).</summary>
public sealed record ComplaintChanged(Guid ComplaintId, ComplaintStatus Status) : IDomainEvent;
