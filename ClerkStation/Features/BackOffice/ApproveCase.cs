using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
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

public sealed class ApproveCaseHandler(CaseActions actions, ICurrentUser currentUser, CenterClock clock)
    : ICommandHandler<ApproveCase, CaseActionDone>
{
    public async ValueTask<CaseActionDone> Handle(ApproveCase command, CancellationToken cancellationToken)
    {
        var reviewer = await currentUser.RequireAsync();
        return await actions.RunAsync(command.Number, reviewer.UserId, c => c.Approve(reviewer, clock.Now, command.Note), cancellationToken);
    }
}
