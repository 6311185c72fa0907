using ClerkStation.Features.Shared;

namespace ClerkStation.Features.BackOffice;

/// <summary>A reviewer takes a case from the department queue; a case someone else holds cannot be claimed.</summary>
[AllowedRoles(StaffRole.Reviewer)]
public sealed record ClaimCase(Guid CaseId) : ICommand<CaseActionDone>, IAuditTarget
{
    public string? AuditTarget => CaseId.ToString();
}

public sealed class ClaimCaseHandler(CaseCommands cases)
    : ICommandHandler<ClaimCase, CaseActionDone>
{
    public async ValueTask<CaseActionDone> Handle(ClaimCase command, CancellationToken cancellationToken) =>
        await cases.RunAsync(command.CaseId, (c, cmd) => c.Claim(cmd.Actor, cmd.Now), cancellationToken);
}
