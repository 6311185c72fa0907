using ClerkStation.Domain.Staff;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;

namespace ClerkStation.Features.BackOffice;

/// <summary>准予许可: the result goes back to the counter as ready for delivery.</summary>
[AllowedRoles(StaffRole.Reviewer)]
public sealed record ApproveCase(string Number, string? Note = null) : ICommand<CaseActionDone>, IAuditTarget
{
    public string? AuditTarget => Number;
}

public sealed class ApproveCaseHandler(CaseCommands cases)
    : ICommandHandler<ApproveCase, CaseActionDone>
{
    public async ValueTask<CaseActionDone> Handle(ApproveCase command, CancellationToken cancellationToken) =>
        await cases.RunAsync(command.Number, (c, cmd) => c.Approve(cmd.Actor, cmd.Now, command.Note), cancellationToken);
}
