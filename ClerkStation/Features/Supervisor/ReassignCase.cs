using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Realtime;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

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

public sealed class ReassignCaseHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock, ICurrentUser currentUser, LiveUpdates live)
    : ICommandHandler<ReassignCase>
{
    public async ValueTask<Unit> Handle(ReassignCase command, CancellationToken cancellationToken)
    {
        var supervisor = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == command.CaseId, cancellationToken)
            ?? throw new CaseRuleException(CaseRuleCodes.TargetRequired, "No such case.");
        var reviewer = await Reassignment.FindReviewerAsync(db, command.ToReviewerId, command.ToDepartment ?? @case.DepartmentCode, cancellationToken);
        var before = Reassignment.Topics(@case);
        @case.Reassign(supervisor, clock.Now, reviewer?.Id, reviewer?.DisplayName, command.ToDepartment, command.Reason);
        await db.SaveChangesAsync(cancellationToken);
        await Reassignment.PublishAsync(live, @case, before);
        return Unit.Value;
    }
}

/// <summary>Shared steps of the reassignment commands.</summary>
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
            ?? throw new CaseRuleException(CaseRuleCodes.TargetRequired, "No such reviewer.");
        if (!reviewer.Departments.Contains(department.Trim()))
        {
            throw new CaseRuleException(CaseRuleCodes.NotYourDepartment, $"{reviewer.DisplayName} does not work for department {department}.");
        }
        return reviewer;
    }

    public static async Task<StaffEntry> FindClerkAsync(ClerkDbContext db, string clerkId, CancellationToken ct)
    {
        var directory = await GetStaffDirectoryHandler.LoadAsync(db, ct);
        return directory.Clerks.FirstOrDefault(c => c.Id == clerkId?.Trim())
            ?? throw new CaseRuleException(CaseRuleCodes.TargetRequired, "No such clerk.");
    }

    public static HashSet<string> Topics(Case @case) =>
    [
        LiveUpdates.FloorTopic,
        LiveUpdates.DepartmentTopic(@case.DepartmentCode),
        LiveUpdates.ClerkTopic(@case.AssignedClerkId),
    ];

    /// <summary>Everyone affected sees the change: the old and new department queues, the old and new clerk, the floor.</summary>
    public static async Task PublishAsync(LiveUpdates live, Case @case, HashSet<string> before)
    {
        before.UnionWith(Topics(@case));
        foreach (var topic in before)
        {
            await live.PublishAsync(new LiveChange(topic, @case.Number));
        }
    }
}
