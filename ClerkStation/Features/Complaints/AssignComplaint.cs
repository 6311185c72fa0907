using ClerkStation.Domain.Complaints;
using ClerkStation.Infrastructure.Commands;

namespace ClerkStation.Features.Complaints;

/// <summary>Names who follows the complaint up.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record AssignComplaint(Guid ComplaintId, string AssigneeName) : ICommand, IAuditTarget
{
    public string? AuditTarget => ComplaintId.ToString();
}

public sealed class AssignComplaintHandler(AggregateCommands commands) : ICommandHandler<AssignComplaint>
{
    public async ValueTask<Unit> Handle(AssignComplaint command, CancellationToken cancellationToken)
    {
        await commands.RunAsync<Complaint>(c => c.Id == command.ComplaintId, ComplaintRuleCodes.NotFound, (complaint, cmd) => complaint.Assign(cmd.Actor, cmd.Now, command.AssigneeName), cancellationToken);
        return Unit.Value;
    }
}
