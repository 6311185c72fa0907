using ClerkStation.Domain.Staff;
using ClerkStation.Features.Shared;
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

public sealed class RequestSupplementHandler(CaseCommands cases)
    : ICommandHandler<RequestSupplement, CaseActionDone>
{
    public async ValueTask<CaseActionDone> Handle(RequestSupplement command, CancellationToken cancellationToken) =>
        await cases.RunAsync(command.Number, (c, cmd) => c.RequestSupplement(cmd.Actor, cmd.Now, command.Needed), cancellationToken);
}
