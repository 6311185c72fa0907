using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using ClerkStation.Infrastructure.Commands;

namespace ClerkStation.Features.Supervisor;

/// <summary>
/// Someone is absent: everything they hold moves at once. For a reviewer, their claimed open cases go to
/// <see cref="ToPersonId"/> (another reviewer of the same department) or, without one, back to the department queue.
/// For a clerk, their follow-ups go to <see cref="ToPersonId"/> (another clerk). Each case gets its own timeline entry.
/// </summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record ReassignAllHeldBy(string AbsentPersonId, string? ToPersonId, string Reason) : ICommand<int>, IAuditTarget
{
    public string? AuditTarget => AbsentPersonId;
}

public sealed class ReassignAllHeldByValidator : IRequestValidator<ReassignAllHeldBy>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(ReassignAllHeldBy message, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(message.Reason))
        {
            problems.Add(new ValidationProblem("reason", CaseRuleCodes.ReasonRequired));
        }
        if (string.IsNullOrWhiteSpace(message.AbsentPersonId) || message.AbsentPersonId == message.ToPersonId)
        {
            problems.Add(new ValidationProblem("target", CaseRuleCodes.TargetRequired));
        }
        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }
}

public sealed class ReassignAllHeldByHandler(AggregateCommands commands) : ICommandHandler<ReassignAllHeldBy, int>
{
    private static readonly CaseStatus[] ClerkHeld =
        [CaseStatus.Routed, CaseStatus.InReview, CaseStatus.SupplementRequested, CaseStatus.Suspended, CaseStatus.ReadyForDelivery];

    public async ValueTask<int> Handle(ReassignAllHeldBy command, CancellationToken cancellationToken) =>
        await commands.RunAsync(async cmd =>
        {
            var db = cmd.Db;
            var directory = await GetStaffDirectoryHandler.LoadAsync(db, cancellationToken);
            var absent = command.AbsentPersonId.Trim();
            var changed = 0;

            if (directory.Reviewers.Any(r => r.Id == absent))
            {
                var held = await db.Cases
                    .Where(c => c.ClaimedById == absent && (c.Status == CaseStatus.InReview || c.Status == CaseStatus.SupplementRequested || c.Status == CaseStatus.Suspended))
                    .ToListAsync(cancellationToken);
                foreach (var @case in held)
                {
                    var to = await Reassignment.FindReviewerAsync(db, command.ToPersonId, @case.DepartmentCode, cancellationToken);
                    @case.Reassign(cmd.Actor, cmd.Now, to?.Id, to?.DisplayName, to is null ? @case.DepartmentCode : null, command.Reason);
                    changed++;
                }
            }

            if (directory.Clerks.Any(c => c.Id == absent))
            {
                if (string.IsNullOrWhiteSpace(command.ToPersonId))
                {
                    throw new DomainRuleException(CaseRuleCodes.TargetRequired, "Name the clerk who takes over.");
                }
                var to = await Reassignment.FindClerkAsync(db, command.ToPersonId, cancellationToken);
                var held = await db.Cases
                    .Where(c => c.AssignedClerkId == absent && ClerkHeld.Contains(c.Status))
                    .ToListAsync(cancellationToken);
                foreach (var @case in held)
                {
                    @case.ReassignClerk(cmd.Actor, cmd.Now, to.Id, to.DisplayName, command.Reason);
                    changed++;
                }
            }

            return changed;
        }, cancellationToken);
}
