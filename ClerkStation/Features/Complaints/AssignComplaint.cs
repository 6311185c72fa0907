using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;

namespace ClerkStation.Features.Complaints;

/// <summary>Names who follows the complaint up.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record AssignComplaint(Guid ComplaintId, string AssigneeName) : ICommand, IAuditTarget
{
    public string? AuditTarget => ComplaintId.ToString();
}

public sealed class AssignComplaintHandler(ComplaintSteps steps) : ICommandHandler<AssignComplaint>
{
    public async ValueTask<Unit> Handle(AssignComplaint command, CancellationToken cancellationToken)
    {
        await steps.RunAsync(command.ComplaintId, (complaint, who, now) => complaint.Assign(who, now, command.AssigneeName), cancellationToken);
        return Unit.Value;
    }
}
