using ClerkStation.Domain.Complaints;
using ClerkStation.Infrastructure.Commands;

namespace ClerkStation.Features.Complaints;

/// <summary>Closes a resolved complaint.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record CloseComplaint(Guid ComplaintId) : ICommand, IAuditTarget
{
    public string? AuditTarget => ComplaintId.ToString();
}

public sealed class CloseComplaintHandler(AggregateCommands commands) : ICommandHandler<CloseComplaint>
{
    public async ValueTask<Unit> Handle(CloseComplaint command, CancellationToken cancellationToken)
    {
        await commands.RunAsync<Complaint>(c => c.Id == command.ComplaintId, ComplaintRuleCodes.NotFound, (complaint, cmd) => complaint.Close(cmd.Actor, cmd.Now), cancellationToken);
        return Unit.Value;
    }
}
