using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Infrastructure.Commands;

namespace ClerkStation.Features.Queue;

/// <summary>
/// The administrator or the supervisor seats a clerk at a window: whoever held it leaves it (not while serving a ticket),
/// and the clerk leaves the window held before.
/// </summary>
[AllowedRoles(StaffRole.Admin, StaffRole.Supervisor)]
public sealed record AssignWindow(int Window, string ClerkId) : ICommand, IAuditTarget
{
    public string? AuditTarget => "window " + Window;
}

public sealed class AssignWindowHandler(AggregateCommands commands, IDbContextFactory<ClerkDbContext> dbFactory, QueueSettings settings)
    : ICommandHandler<AssignWindow>
{
    public async ValueTask<Unit> Handle(AssignWindow command, CancellationToken cancellationToken)
    {
        var window = settings.Window(command.Window);
        await WindowSeats.RefusingTakenAsync(dbFactory, window.Number, () => commands.RunAsync(async cmd =>
        {
            var clerk = await cmd.Db.Users.AsNoTracking().Where(u => u.Id == command.ClerkId && !u.IsDisabled)
                .Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync(cancellationToken)
                ?? throw DomainRuleException.NotFound(QueueRuleCodes.NotFound, "Clerk");
            if (await cmd.Db.WindowSeats.FirstOrDefaultAsync(s => s.Window == window.Number && s.ClerkId != clerk.Id, cancellationToken) is { } holder)
            {
                await WindowSeats.RequireIdleAsync(cmd.Db, holder.ClerkId, cancellationToken);
                // The window's number is the row's key: the holder's row goes first. Its leaving is told with the new seat's event.
                cmd.Db.WindowSeats.Remove(holder);
                await cmd.Db.SaveChangesAsync(cancellationToken);
            }
            await WindowSeats.SeatAsync(cmd.Db, window, clerk.Id, clerk.DisplayName, cmd.Now, cancellationToken);
            return Unit.Value;
        }, cancellationToken), cancellationToken);
        return Unit.Value;
    }
}
