using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;

namespace ClerkStation.Features.Ratings;

/// <summary>整改反馈: what was fixed and reported back to the applicant.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record RecordRectificationFix(Guid TaskId, string Outcome) : ICommand, IAuditTarget
{
    public string? AuditTarget => TaskId.ToString();
}

public sealed class RecordRectificationFixHandler(RectificationSteps steps) : ICommandHandler<RecordRectificationFix>
{
    public async ValueTask<Unit> Handle(RecordRectificationFix command, CancellationToken cancellationToken)
    {
        await steps.RunAsync(command.TaskId, (task, rating, who, now) => task.RecordFix(who, now, command.Outcome), cancellationToken);
        return Unit.Value;
    }
}
