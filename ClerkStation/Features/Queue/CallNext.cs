using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Commands;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Queue;

/// <summary>叫号: the window calls its next ticket (priority, due appointment, arrival); null when nobody it serves waits.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record CallNext(int Window) : ICommand<CalledTicket?>, IAuditTarget
{
    public string? AuditTarget => "window " + Window;
}

public sealed record CalledTicket(Guid TicketId, string Number, int Window, Guid VisitId);

/// <summary>
/// Never hands one ticket to two windows: the ticket's version is the concurrency token, so when two windows pick the
/// same ticket the second save updates no row and that window picks again from a fresh read.
/// </summary>
public sealed class CallNextHandler(AggregateCommands commands, IDbContextFactory<ClerkDbContext> dbFactory, QueueSettings settings)
    : ICommandHandler<CallNext, CalledTicket?>
{
    private const int Attempts = 60;

    public async ValueTask<CalledTicket?> Handle(CallNext command, CancellationToken cancellationToken)
    {
        var window = settings.Window(command.Window);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WindowSeats.RefusingTakenAsync(dbFactory, window.Number,
                    () => commands.RunAsync(cmd => CallAsync(cmd, window, cancellationToken), cancellationToken), cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Another window called the same ticket first: read again and take the next one.
            }
        }
    }

    private static async Task<CalledTicket?> CallAsync(CommandContext cmd, QueueWindow window, CancellationToken ct)
    {
        var db = cmd.Db;
        if (await db.QueueTickets.AnyAsync(t => t.ServedById == cmd.Actor.UserId && (t.Status == TicketStatus.Serving || t.Status == TicketStatus.Held), ct))
        {
            throw new DomainRuleException(QueueRuleCodes.AlreadyServing, "Finish, transfer or mark the current ticket first.");
        }

        // The first call at a free window seats the clerk there; a window another clerk holds is refused.
        await WindowSeats.SeatAsync(db, window, cmd.Actor.UserId, cmd.Actor.DisplayName, cmd.Now, ct);

        var candidates = await CallCandidates.LoadAsync(db, cmd.Today, window, ct);
        if (CallOrder.Next(candidates, window, cmd.Now) is not { } next)
        {
            CommandAudit.Unchanged();
            return null;
        }

        db.QueueTickets.Attach(next);
        var visit = next.Call(cmd.Actor, window, cmd.Now);
        db.Visits.Add(visit);
        return new CalledTicket(next.Id, next.Number, window.Number, visit.Id);
    }
}
