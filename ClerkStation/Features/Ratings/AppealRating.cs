using ClerkStation.Domain.Ratings;
using ClerkStation.Infrastructure.Commands;

namespace ClerkStation.Features.Ratings;

/// <summary>申诉: the rating is contested as mistaken or malicious; a supervisor reviews it.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record AppealRating(Guid TaskId, string Reason) : ICommand, IAuditTarget
{
    public string? AuditTarget => TaskId.ToString();
}

public sealed class AppealRatingHandler(AggregateCommands commands) : ICommandHandler<AppealRating>
{
    public async ValueTask<Unit> Handle(AppealRating command, CancellationToken cancellationToken)
    {
        await commands.RunAsync<RectificationTask>(t => t.Id == command.TaskId, RatingRuleCodes.TaskNotFound, (task, cmd) => task.Appeal(cmd.Actor, cmd.Now, command.Reason), cancellationToken);
        return Unit.Value;
    }
}
