using ClerkStation.Features.Ratings;

namespace ClerkStation.Features.Queue;

/// <summary>办结: the visit ends; the ticket is done; the customer screen invites the applicant to rate the visit (一次一评).</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record FinishVisit(Guid TicketId) : WindowAction(TicketId);

public sealed class FinishVisitHandler(WindowCommands window) : ICommandHandler<FinishVisit>
{
    public async ValueTask<Unit> Handle(FinishVisit command, CancellationToken cancellationToken)
    {
        await window.RunOnVisitAsync(command.TicketId, async (ticket, visit, cmd) =>
        {
            ticket.Finish(cmd.Actor, cmd.Now, visit);
            await RatingInvitations.EnsureForVisitAsync(cmd.Db, visit, cmd.Now, cancellationToken);
        }, cancellationToken);
        return Unit.Value;
    }
}
