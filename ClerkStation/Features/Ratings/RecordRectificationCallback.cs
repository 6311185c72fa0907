using ClerkStation.Domain.Ratings;
using ClerkStation.Infrastructure.Commands;

namespace ClerkStation.Features.Ratings;

/// <summary>回访: the applicant was phoned back and the rating verified.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record RecordRectificationCallback(Guid TaskId, string Note) : ICommand, IAuditTarget
{
    public string? AuditTarget => TaskId.ToString();
}

public sealed class RecordRectificationCallbackHandler(AggregateCommands commands) : ICommandHandler<RecordRectificationCallback>
{
    public async ValueTask<Unit> Handle(RecordRectificationCallback command, CancellationToken cancellationToken)
    {
        await commands.RunAsync<RectificationTask>(t => t.Id == command.TaskId, RatingRuleCodes.TaskNotFound, (task, cmd) => task.RecordCallback(cmd.Actor, cmd.Now, cmd.Today, command.Note), cancellationToken);
        return Unit.Value;
    }
}
