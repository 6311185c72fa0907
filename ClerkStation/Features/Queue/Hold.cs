namespace ClerkStation.Features.Queue;

/// <summary>暂停: the visit is parked (the applicant fetches a copy); the window calls nobody meanwhile.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record Hold(Guid TicketId) : WindowAction(TicketId);

public sealed class HoldHandler(WindowCommands window) : ICommandHandler<Hold>
{
    public async ValueTask<Unit> Handle(Hold command, CancellationToken cancellationToken)
    {
        await window.RunOnVisitAsync(command.TicketId, (ticket, visit, cmd) => ticket.Hold(cmd.Actor, cmd.Now, visit), cancellationToken);
        return Unit.Value;
    }
}
