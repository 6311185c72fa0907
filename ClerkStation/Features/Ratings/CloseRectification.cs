using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;

namespace ClerkStation.Features.Ratings;

/// <summary>Closes a fixed task: the loop is complete.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record CloseRectification(Guid TaskId) : ICommand, IAuditTarget
{
    public string? AuditTarget => TaskId.ToString();
}

public sealed class CloseRectificationHandler(RectificationSteps steps) : ICommandHandler<CloseRectification>
{
    public async ValueTask<Unit> Handle(CloseRectification command, CancellationToken cancellationToken)
    {
        await steps.RunAsync(command.TaskId, (task, rating, who, now) => task.Close(who, now), cancellationToken);
        return Unit.Value;
    }
}
