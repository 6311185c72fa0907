using ClerkStation.Features.Shared;

namespace ClerkStation.Features.BackOffice;

/// <summary>补正: lists what the applicant still has to bring; the clock stops and the counter sees it.</summary>
[AllowedRoles(StaffRole.Reviewer)]
public sealed record RequestSupplement(Guid CaseId, IReadOnlyList<string> Needed) : ICommand<CaseActionDone>, IAuditTarget
{
    public string? AuditTarget => CaseId.ToString();
}

public sealed class RequestSupplementHandler(CaseCommands cases)
    : ICommandHandler<RequestSupplement, CaseActionDone>
{
    public async ValueTask<CaseActionDone> Handle(RequestSupplement command, CancellationToken cancellationToken) =>
        await cases.RunAsync(command.CaseId, (c, cmd) => c.RequestSupplement(cmd.Actor, cmd.Now, cmd.Today, command.Needed), cancellationToken);
}
