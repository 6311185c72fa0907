using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;

namespace ClerkStation.Features.BackOffice;

/// <summary>不予许可 with the reason printed on the decision; back to the counter as ready for delivery.</summary>
[AllowedRoles(StaffRole.Reviewer)]
public sealed record DenyCase(string Number, string Reason) : ICommand<CaseActionDone>, IAuditTarget
{
    public string? AuditTarget => Number;
}

public sealed class DenyCaseHandler(CaseActions actions, ICurrentUser currentUser, CenterClock clock)
    : ICommandHandler<DenyCase, CaseActionDone>
{
    public async ValueTask<CaseActionDone> Handle(DenyCase command, CancellationToken cancellationToken)
    {
        var reviewer = await currentUser.RequireAsync();
        return await actions.RunAsync(command.Number, reviewer.UserId, c => c.Deny(reviewer, clock.Now, command.Reason), cancellationToken);
    }
}
