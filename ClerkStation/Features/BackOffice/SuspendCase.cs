using ClerkStation.Features.Shared;

namespace ClerkStation.Features.BackOffice;

/// <summary>Special procedure (public notice, expert review …): the clock stops until resumed.</summary>
[AllowedRoles(StaffRole.Reviewer)]
public sealed record SuspendCase(Guid CaseId, string Reason) : ICommand<CaseActionDone>, IAuditTarget
{
    public string? AuditTarget => CaseId.ToString();
}

public sealed class SuspendCaseHandler(CaseCommands cases)
    : ICommandHandler<SuspendCase, CaseActionDone>
{
    public async ValueTask<CaseActionDone> Handle(SuspendCase command, CancellationToken cancellationToken) =>
        await cases.RunAsync(command.CaseId, (c, cmd) => c.Suspend(cmd.Actor, cmd.Now, cmd.Today, command.Reason), cancellationToken);
}
