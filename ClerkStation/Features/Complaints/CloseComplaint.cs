using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;

namespace ClerkStation.Features.Complaints;

/// <summary>Closes a resolved complaint.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record CloseComplaint(Guid ComplaintId) : ICommand, IAuditTarget
{
    public string? AuditTarget => ComplaintId.ToString();
}

public sealed class CloseComplaintHandler(ComplaintSteps steps) : ICommandHandler<CloseComplaint>
{
    public async ValueTask<Unit> Handle(CloseComplaint command, CancellationToken cancellationToken)
    {
        await steps.RunAsync(command.ComplaintId, (complaint, who, now) => complaint.Close(who, now), cancellationToken);
        return Unit.Value;
    }
}
