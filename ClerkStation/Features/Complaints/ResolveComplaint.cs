using ClerkStation.Domain.Complaints;
using ClerkStation.Infrastructure.Commands;

namespace ClerkStation.Features.Complaints;

/// <summary>Records how the applicant's matter was finally handled.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record ResolveComplaint(Guid ComplaintId, string Resolution) : ICommand, IAuditTarget
{
    public string? AuditTarget => ComplaintId.ToString();
}

public sealed class ResolveComplaintHandler(AggregateCommands commands) : ICommandHandler<ResolveComplaint>
{
    public async ValueTask<Unit> Handle(ResolveComplaint command, CancellationToken cancellationToken)
    {
        await commands.RunAsync<Complaint>(c => c.Id == command.ComplaintId, ComplaintRuleCodes.NotFound, (complaint, cmd) => complaint.Resolve(cmd.Actor, cmd.Now, command.Resolution), cancellationToken);
        return Unit.Value;
    }
}
