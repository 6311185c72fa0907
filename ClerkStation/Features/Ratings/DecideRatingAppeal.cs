using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;

namespace ClerkStation.Features.Ratings;

/// <summary>申诉审核: upheld excludes the rating and dismisses the task; rejected sends it back to be fixed.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record DecideRatingAppeal(Guid TaskId, bool Upheld, string Note) : ICommand, IAuditTarget
{
    public string? AuditTarget => TaskId.ToString();
}

public sealed class DecideRatingAppealHandler(RectificationSteps steps) : ICommandHandler<DecideRatingAppeal>
{
    public async ValueTask<Unit> Handle(DecideRatingAppeal command, CancellationToken cancellationToken)
    {
        await steps.RunAsync(command.TaskId, (task, rating, who, now) => task.DecideAppeal(who, now, command.Upheld, command.Note, rating), cancellationToken);
        return Unit.Value;
    }
}
