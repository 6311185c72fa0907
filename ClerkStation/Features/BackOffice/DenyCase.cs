using ClerkStation.Features.Shared;

namespace ClerkStation.Features.BackOffice;

/// <summary>不予许可 with the reason printed on the decision; back to the counter as ready for delivery.</summary>
[AllowedRoles(StaffRole.Reviewer)]
public sealed record DenyCase(Guid CaseId, string Reason) : ICommand<CaseActionDone>, IAuditTarget
{
    public string? AuditTarget => CaseId.ToString();
}

public sealed class DenyCaseHandler(CaseCommands cases)
    : ICommandHandler<DenyCase, CaseActionDone>
{
    public async ValueTask<CaseActionDone> Handle(DenyCase command, CancellationToken cancellationToken) =>
        await cases.RunAsync(command.CaseId, (c, cmd) => c.Deny(cmd.Actor, cmd.Now, command.Reason), cancellationToken);
}
