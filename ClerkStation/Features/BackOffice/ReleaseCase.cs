using ClerkStation.Features.Shared;

namespace ClerkStation.Features.BackOffice;

/// <summary>Puts a claimed case back into the department queue.</summary>
[AllowedRoles(StaffRole.Reviewer)]
public sealed record ReleaseCase(Guid CaseId) : ICommand<CaseActionDone>, IAuditTarget
{
    public string? AuditTarget => CaseId.ToString();
}

public sealed class ReleaseCaseHandler(CaseCommands cases)
    : ICommandHandler<ReleaseCase, CaseActionDone>
{
    public async ValueTask<CaseActionDone> Handle(ReleaseCase command, CancellationToken cancellationToken) =>
        await cases.RunAsync(command.CaseId, (c, cmd) => c.Release(cmd.Actor, cmd.Now), cancellationToken);
}
