using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Security;
using Mediator;

namespace ClerkStation.Features.Queue;

/// <summary>办结: the visit ends; the ticket is done.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record FinishVisit(Guid TicketId) : WindowAction(TicketId);

public sealed class FinishVisitHandler(WindowCommands window) : ICommandHandler<FinishVisit>
{
    public async ValueTask<Unit> Handle(FinishVisit command, CancellationToken cancellationToken)
    {
        await window.RunOnVisitAsync(command.TicketId, (ticket, visit, cmd) => ticket.Finish(cmd.Actor, cmd.Now, visit), cancellationToken);
        return Unit.Value;
    }
}
