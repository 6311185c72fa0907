namespace ClerkStation.Features.Queue;

/// <summary>The parked visit continues.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record Resume(Guid TicketId) : WindowAction(TicketId);

public sealed class ResumeHandler(WindowCommands window) : ICommandHandler<Resume>
{
    public async ValueTask<Unit> Handle(Resume command, CancellationToken cancellationToken)
    {
        await window.RunOnVisitAsync(command.TicketId, (ticket, visit, cmd) => ticket.Resume(cmd.Actor, cmd.Now, visit), cancellationToken);
        return Unit.Value;
    }
}
