using ClerkStation.Domain.Ratings;
using ClerkStation.Infrastructure.Commands;

namespace ClerkStation.Features.Ratings;

/// <summary>Closes a fixed task: the loop is complete.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record CloseRectification(Guid TaskId) : ICommand, IAuditTarget
{
    public string? AuditTarget => TaskId.ToString();
}

public sealed class CloseRectificationHandler(AggregateCommands commands) : ICommandHandler<CloseRectification>
{
    public async ValueTask<Unit> Handle(CloseRectification command, CancellationToken cancellationToken)
    {
        await commands.RunAsync<RectificationTask>(t => t.Id == command.TaskId, RatingRuleCodes.TaskNotFound, (task, cmd) => task.Close(cmd.Actor, cmd.Now), cancellationToken);
        return Unit.Value;
    }
}
