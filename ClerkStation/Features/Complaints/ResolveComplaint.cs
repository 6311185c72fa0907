using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;

namespace ClerkStation.Features.Complaints;

/// <summary>Records how the applicant's matter was finally handled.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record ResolveComplaint(Guid ComplaintId, string Resolution) : ICommand, IAuditTarget
{
    public string? AuditTarget => ComplaintId.ToString();
}

public sealed class ResolveComplaintHandler(ComplaintSteps steps) : ICommandHandler<ResolveComplaint>
{
    public async ValueTask<Unit> Handle(ResolveComplaint command, CancellationToken cancellationToken)
    {
        await steps.RunAsync(command.ComplaintId, (complaint, who, now) => complaint.Resolve(who, now, command.Resolution), cancellationToken);
        return Unit.Value;
    }
}
