using ClerkStation.Domain.Staff;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;

namespace ClerkStation.Features.BackOffice;

/// <summary>Special procedure (public notice, expert review …): the clock stops until resumed.</summary>
[AllowedRoles(StaffRole.Reviewer)]
public sealed record SuspendCase(string Number, string Reason) : ICommand<CaseActionDone>, IAuditTarget
{
    public string? AuditTarget => Number;
}

public sealed class SuspendCaseHandler(CaseCommands cases)
    : ICommandHandler<SuspendCase, CaseActionDone>
{
    public async ValueTask<CaseActionDone> Handle(SuspendCase command, CancellationToken cancellationToken) =>
        await cases.RunAsync(command.Number, (c, cmd) => c.Suspend(cmd.Actor, cmd.Now, command.Reason), cancellationToken);
}
