namespace ClerkStation.Features.Queue;

/// <summary>A window's action on the ticket it serves; the audit names the ticket.</summary>
public abstract record WindowAction(Guid TicketId) : ICommand, IAuditTarget
{
    public string? AuditTarget => TicketId.ToString();
}
