using ClerkStation.Domain.Ratings;
using ClerkStation.Infrastructure.Commands;

namespace ClerkStation.Features.Ratings;

/// <summary>申诉审核: upheld excludes the rating and dismisses the task; rejected sends it back to be fixed.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record DecideRatingAppeal(Guid TaskId, bool Upheld, string Note) : ICommand, IAuditTarget
{
    public string? AuditTarget => TaskId.ToString();
}

public sealed class DecideRatingAppealHandler(AggregateCommands commands) : ICommandHandler<DecideRatingAppeal>
{
    public async ValueTask<Unit> Handle(DecideRatingAppeal command, CancellationToken cancellationToken)
    {
        await commands.RunAsync<RectificationTask>(t => t.Id == command.TaskId, RatingRuleCodes.TaskNotFound, async (task, cmd) =>
        {
            var rating = await cmd.Db.ServiceRatings.SingleAsync(r => r.Id == task.RatingId, cancellationToken);
            task.DecideAppeal(cmd.Actor, cmd.Now, cmd.Today, command.Upheld, command.Note, rating);
        }, cancellationToken);
        return Unit.Value;
    }
}
