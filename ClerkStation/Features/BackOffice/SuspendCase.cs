using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
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

public sealed class SuspendCaseHandler(CaseActions actions, ICurrentUser currentUser, CenterClock clock)
    : ICommandHandler<SuspendCase, CaseActionDone>
{
    public async ValueTask<CaseActionDone> Handle(SuspendCase command, CancellationToken cancellationToken)
    {
        var reviewer = await currentUser.RequireAsync();
        return await actions.RunAsync(command.Number, reviewer.UserId, c => c.Suspend(reviewer, clock.Now, command.Reason), cancellationToken);
    }
}
