using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;

namespace ClerkStation.Features.BackOffice;

/// <summary>Puts a claimed case back into the department queue.</summary>
[AllowedRoles(StaffRole.Reviewer)]
public sealed record ReleaseCase(string Number) : ICommand<CaseActionDone>, IAuditTarget
{
    public string? AuditTarget => Number;
}

public sealed class ReleaseCaseHandler(CaseActions actions, ICurrentUser currentUser, CenterClock clock)
    : ICommandHandler<ReleaseCase, CaseActionDone>
{
    public async ValueTask<CaseActionDone> Handle(ReleaseCase command, CancellationToken cancellationToken)
    {
        var reviewer = await currentUser.RequireAsync();
        return await actions.RunAsync(command.Number, reviewer.UserId, c => c.Release(reviewer, clock.Now), cancellationToken);
    }
}
