using ClerkStation.Domain.Cases;
using ClerkStation.Features.Shared;

namespace ClerkStation.Features.Supervisor;

/// <summary>Hands the counter follow-up (and the delivery) of a case to another clerk, with a reason.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record ReassignCaseClerk(Guid CaseId, string ToClerkId, string Reason) : ICommand, IAuditTarget
{
    public string? AuditTarget => CaseId.ToString();
}

public sealed class ReassignCaseClerkValidator : IRequestValidator<ReassignCaseClerk>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(ReassignCaseClerk message, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(message.Reason))
        {
            problems.Add(new ValidationProblem("reason", CaseRuleCodes.ReasonRequired));
        }
        if (string.IsNullOrWhiteSpace(message.ToClerkId))
        {
            problems.Add(new ValidationProblem("target", CaseRuleCodes.TargetRequired));
        }
        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }
}

public sealed class ReassignCaseClerkHandler(CaseCommands cases) : ICommandHandler<ReassignCaseClerk>
{
    public async ValueTask<Unit> Handle(ReassignCaseClerk command, CancellationToken cancellationToken)
    {
        await cases.RunAsync(command.CaseId, async (@case, cmd) =>
        {
            var clerk = await Reassignment.FindClerkAsync(cmd.Db, command.ToClerkId, cancellationToken);
            @case.ReassignClerk(cmd.Actor, cmd.Now, clerk.Id, clerk.DisplayName, command.Reason);
        }, cancellationToken);
        return Unit.Value;
    }
}
