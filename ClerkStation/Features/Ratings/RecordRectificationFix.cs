using ClerkStation.Domain.Ratings;
using ClerkStation.Infrastructure.Commands;

namespace ClerkStation.Features.Ratings;

/// <summary>整改反馈: what was fixed and reported back to the applicant.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record RecordRectificationFix(Guid TaskId, string Outcome) : ICommand, IAuditTarget
{
    public string? AuditTarget => TaskId.ToString();
}

public sealed class RecordRectificationFixHandler(AggregateCommands commands) : ICommandHandler<RecordRectificationFix>
{
    public async ValueTask<Unit> Handle(RecordRectificationFix command, CancellationToken cancellationToken)
    {
        await commands.RunAsync<RectificationTask>(t => t.Id == command.TaskId, RatingRuleCodes.TaskNotFound, (task, cmd) => task.RecordFix(cmd.Actor, cmd.Now, cmd.Today, command.Outcome), cancellationToken);
        return Unit.Value;
    }
}
