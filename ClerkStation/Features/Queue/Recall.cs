using ClerkStation.Domain.Queue;

namespace ClerkStation.Features.Queue;

/// <summary>重呼: announce the serving ticket again, or call a missed one back within the limit (a new visit).</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record Recall(Guid TicketId) : WindowAction(TicketId);

public sealed class RecallHandler(WindowCommands window, QueueSettings settings) : ICommandHandler<Recall>
{
    public async ValueTask<Unit> Handle(Recall command, CancellationToken cancellationToken)
    {
        await window.RunAsync(command.TicketId, (ticket, _, cmd) =>
        {
            if (ticket.Recall(cmd.Actor, cmd.Now, cmd.Today, settings.MissedRecallLimit) is { } calledBack)
            {
                cmd.Db.Visits.Add(calledBack);
            }
        }, cancellationToken);
        return Unit.Value;
    }
}
