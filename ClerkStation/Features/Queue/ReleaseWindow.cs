using ClerkStation.Infrastructure.Commands;

namespace ClerkStation.Features.Queue;

/// <summary>The clerk leaves the window they hold (not while serving or holding a ticket there); holding none is no change.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record ReleaseWindow : ICommand, IAuditTarget
{
    public string? AuditTarget => "window";
}

public sealed class ReleaseWindowHandler(AggregateCommands commands) : ICommandHandler<ReleaseWindow>
{
    public async ValueTask<Unit> Handle(ReleaseWindow command, CancellationToken cancellationToken)
    {
        await commands.RunAsync(async cmd =>
        {
            if (await cmd.Db.WindowSeats.FirstOrDefaultAsync(s => s.ClerkId == cmd.Actor.UserId, cancellationToken) is not { } seat)
            {
                CommandAudit.Unchanged();
                return Unit.Value;
            }
            await WindowSeats.RequireIdleAsync(cmd.Db, cmd.Actor.UserId, cancellationToken);
            seat.Leave();
            cmd.Db.WindowSeats.Remove(seat);
            return Unit.Value;
        }, cancellationToken);
        return Unit.Value;
    }
}
