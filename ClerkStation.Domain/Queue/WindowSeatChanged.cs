using ClerkStation.Domain.Common;

namespace ClerkStation.Domain.Queue;

/// <summary>A clerk sat down at a window or left it: the supervisor's floor and the window choices reload.</summary>
public sealed record WindowSeatChanged(int Window, string ClerkId, bool Seated) : IDomainEvent;
