using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;

namespace ClerkStation.Features.Ratings;

/// <summary>回访: the applicant was phoned back and the rating verified.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record RecordRectificationCallback(Guid TaskId, string Note) : ICommand, IAuditTarget
{
    public string? AuditTarget => TaskId.ToString();
}

public sealed class RecordRectificationCallbackHandler(RectificationSteps steps) : ICommandHandler<RecordRectificationCallback>
{
    public async ValueTask<Unit> Handle(RecordRectificationCallback command, CancellationToken cancellationToken)
    {
        await steps.RunAsync(command.TaskId, (task, rating, who, now) => task.RecordCallback(who, now, command.Note), cancellationToken);
        return Unit.Value;
    }
}
