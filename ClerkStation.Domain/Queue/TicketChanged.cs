using ClerkStation.Domain.Common;

namespace ClerkStation.Domain.Queue;

/// <summary>A ticket was issued, called, re-called, missed, transferred, held, resumed or finished: the hall board and windows reload.</summary>
public sealed record TicketChanged(Guid TicketId, string Number, TicketStatus Status, int? Window, bool IsCall) : IDomainEvent;
