using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;

namespace ClerkStation.Features.BackOffice;

/// <summary>补正: lists what the applicant still has to bring; the clock stops and the counter sees it.</summary>
[AllowedRoles(StaffRole.Reviewer)]
public sealed record RequestSupplement(string Number, IReadOnlyList<string> Needed) : ICommand<CaseActionDone>, IAuditTarget
{
    public string? AuditTarget => Number;
}

public sealed class RequestSupplementHandler(CaseActions actions, ICurrentUser currentUser, CenterClock clock)
    : ICommandHandler<RequestSupplement, CaseActionDone>
{
    public async ValueTask<CaseActionDone> Handle(RequestSupplement command, CancellationToken cancellationToken)
    {
        var reviewer = await currentUser.RequireAsync();
        return await actions.RunAsync(command.Number, reviewer.UserId, c => c.RequestSupplement(reviewer, clock.Now, command.Needed), cancellationToken);
    }
}
