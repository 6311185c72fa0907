using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;

namespace ClerkStation.Features.BackOffice;

/// <summary>A reviewer takes a case from the department queue; a case someone else holds cannot be claimed.</summary>
[AllowedRoles(StaffRole.Reviewer)]
public sealed record ClaimCase(string Number) : ICommand<CaseActionDone>, IAuditTarget
{
    public string? AuditTarget => Number;
}

public sealed class ClaimCaseHandler(CaseActions actions, ICurrentUser currentUser, CenterClock clock)
    : ICommandHandler<ClaimCase, CaseActionDone>
{
    public async ValueTask<CaseActionDone> Handle(ClaimCase command, CancellationToken cancellationToken)
    {
        var reviewer = await currentUser.RequireAsync();
        return await actions.RunAsync(command.Number, reviewer.UserId, c => c.Claim(reviewer, clock.Now), cancellationToken);
    }
}
