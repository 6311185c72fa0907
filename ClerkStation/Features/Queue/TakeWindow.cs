using ClerkStation.Infrastructure.Commands;

namespace ClerkStation.Features.Queue;

/// <summary>The clerk sits down at a window (window bar, or the first call there): refused while another clerk holds it.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record TakeWindow(int Window) : ICommand, IAuditTarget
{
    public string? AuditTarget => "window " + Window;
}

public sealed class TakeWindowHandler(AggregateCommands commands, IDbContextFactory<ClerkDbContext> dbFactory, Domain.Queue.QueueSettings settings)
    : ICommandHandler<TakeWindow>
{
    public async ValueTask<Unit> Handle(TakeWindow command, CancellationToken cancellationToken)
    {
        var window = settings.Window(command.Window);
        await WindowSeats.RefusingTakenAsync(dbFactory, window.Number, () => commands.RunAsync(async cmd =>
        {
            await WindowSeats.SeatAsync(cmd.Db, window, cmd.Actor.UserId, cmd.Actor.DisplayName, cmd.Now, cancellationToken);
            return Unit.Value;
        }, cancellationToken), cancellationToken);
        return Unit.Value;
    }
}
