using ClerkStation.Features.Shared;

namespace ClerkStation.Features.BackOffice;

/// <summary>准予许可: the result goes back to the counter as ready for delivery.</summary>
[AllowedRoles(StaffRole.Reviewer)]
public sealed record ApproveCase(Guid CaseId, string? Note = null) : ICommand<CaseActionDone>, IAuditTarget
{
    public string? AuditTarget => CaseId.ToString();
}

public sealed class ApproveCaseHandler(CaseCommands cases)
    : ICommandHandler<ApproveCase, CaseActionDone>
{
    public async ValueTask<CaseActionDone> Handle(ApproveCase command, CancellationToken cancellationToken) =>
        await cases.RunAsync(command.CaseId, (c, cmd) => c.Approve(cmd.Actor, cmd.Now, command.Note), cancellationToken);
}
