using ClerkStation.Domain.Common;

namespace ClerkStation.Domain.Centers;

/// <summary>A center was created or changed (name, prefix, time zone): numbers and clocks read the centers anew.</summary>
public sealed record CenterChanged(int CenterId) : IDomainEvent;
