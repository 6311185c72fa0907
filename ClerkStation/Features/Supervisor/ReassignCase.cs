using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure.Catalog;

namespace ClerkStation.Features.Supervisor;

/// <summary>
/// Moves an open case to another reviewer and/or department (misrouted, absent, overloaded), with a reason that goes on
/// the case timeline. Without a reviewer the case lands unclaimed in the (new) department's queue.
/// </summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record ReassignCase(Guid CaseId, string? ToReviewerId, string? ToDepartment, string Reason) : ICommand, IAuditTarget
{
    public string? AuditTarget => CaseId.ToString();
}

public sealed class ReassignCaseValidator(CatalogStore store) : IRequestValidator<ReassignCase>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(ReassignCase message, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(message.Reason))
        {
            problems.Add(new ValidationProblem("reason", CaseRuleCodes.ReasonRequired));
        }
        if (string.IsNullOrWhiteSpace(message.ToReviewerId) && string.IsNullOrWhiteSpace(message.ToDepartment))
        {
            problems.Add(new ValidationProblem("target", CaseRuleCodes.TargetRequired));
        }
        if (!string.IsNullOrWhiteSpace(message.ToDepartment) && store.Catalog.FindDepartment(message.ToDepartment.Trim()) is null)
        {
            problems.Add(new ValidationProblem("department", CaseRuleCodes.TargetRequired));
        }
        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }
}

public sealed class ReassignCaseHandler(CaseCommands cases) : ICommandHandler<ReassignCase>
{
    public async ValueTask<Unit> Handle(ReassignCase command, CancellationToken cancellationToken)
    {
        await cases.RunAsync(command.CaseId, async (@case, cmd) =>
        {
            var reviewer = await Reassignment.FindReviewerAsync(cmd.Db, command.ToReviewerId, command.ToDepartment ?? @case.DepartmentCode, cancellationToken);
            @case.Reassign(cmd.Actor, cmd.Now, reviewer?.Id, reviewer?.DisplayName, command.ToDepartment, command.Reason);
        }, cancellationToken);
        return Unit.Value;
    }
}

/// <summary>The staff look-ups of the reassignment commands.</summary>
internal static class Reassignment
{
    /// <summary>The reviewer must exist, be active and serve the department the case will belong to.</summary>
    public static async Task<StaffEntry?> FindReviewerAsync(ClerkDbContext db, string? reviewerId, string department, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reviewerId))
        {
            return null;
        }
        var directory = await GetStaffDirectoryHandler.LoadAsync(db, ct);
        var reviewer = directory.Reviewers.FirstOrDefault(r => r.Id == reviewerId.Trim())
            ?? throw new DomainRuleException(CaseRuleCodes.TargetRequired, "No such reviewer.");
        if (!reviewer.Departments.Contains(department.Trim()))
        {
            throw new DomainRuleException(CaseRuleCodes.NotYourDepartment, $"{reviewer.DisplayName} does not work for department {department}.");
        }
        return reviewer;
    }

    public static async Task<StaffEntry> FindClerkAsync(ClerkDbContext db, string clerkId, CancellationToken ct)
    {
        var directory = await GetStaffDirectoryHandler.LoadAsync(db, ct);
        return directory.Clerks.FirstOrDefault(c => c.Id == clerkId?.Trim())
            ?? throw new DomainRuleException(CaseRuleCodes.TargetRequired, "No such clerk.");
    }
}
