namespace ClerkStation.Features.Queue;

/// <summary>过号: the applicant did not come; the ticket goes to the window's missed list.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record MarkMissed(Guid TicketId) : WindowAction(TicketId);

public sealed class MarkMissedHandler(WindowCommands window) : ICommandHandler<MarkMissed>
{
    public async ValueTask<Unit> Handle(MarkMissed command, CancellationToken cancellationToken)
    {
        await window.RunOnVisitAsync(command.TicketId, (ticket, visit, cmd) => ticket.MarkMissed(cmd.Actor, cmd.Now, visit), cancellationToken);
        return Unit.Value;
    }
}
