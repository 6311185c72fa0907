using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Infrastructure.Commands;

namespace ClerkStation.Features.Queue;

/// <summary>叫号: the window calls its next ticket (priority, due appointment, arrival); null when nobody it serves waits.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record CallNext(int Window) : ICommand<CalledTicket?>, IAuditTarget
{
    public string? AuditTarget => "window " + Window;
}

public sealed record CalledTicket(Guid TicketId, string Number, int Window, Guid VisitId);

/// <summary>
/// Never hands one ticket to two windows, and never lets windows calling at once collide (ADR 0024): the candidates are
/// read and the call is written in one write transaction that holds the center's call lock from before the read, so
/// the windows of a center call one after another, each from what the one before it committed, and no call is retried.
/// SQLite: the write gate and <c>BEGIN IMMEDIATE</c> (one writer anyway). PostgreSQL: a transaction-scoped advisory
/// lock per center, taken first in the transaction. The ticket's version stays the guard behind it.
/// </summary>
public sealed class CallNextHandler(AggregateCommands commands, IDbContextFactory<ClerkDbContext> dbFactory, QueueSettings settings)
    : ICommandHandler<CallNext, CalledTicket?>
{
    public async ValueTask<CalledTicket?> Handle(CallNext command, CancellationToken cancellationToken)
    {
        var window = settings.Window(command.Window);
        try
        {
            return await WindowSeats.RefusingTakenAsync(dbFactory, window.Number,
                () => commands.RunInWriteTransactionAsync(cmd => CallAsync(cmd, window, cancellationToken), db => CallLock.TakeAsync(db, cancellationToken), cancellationToken),
                cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            // Behind the lock this cannot happen unless a ticket was changed by something that does not take it.
            throw new DomainRuleException(QueueRuleCodes.NotAllowedInStatus, "The ticket changed meanwhile; call again.", null, ex);
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
        var visit = next.Call(cmd.Actor, window, cmd.Now, cmd.Today);
        db.Visits.Add(visit);
        return new CalledTicket(next.Id, next.Number, window.Number, visit.Id);
    }
}
