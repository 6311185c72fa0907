using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Realtime;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

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

public sealed class ReassignAllHeldByHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock, ICurrentUser currentUser, LiveUpdates live)
    : ICommandHandler<ReassignAllHeldBy, int>
{
    private static readonly CaseStatus[] ClerkHeld =
        [CaseStatus.Routed, CaseStatus.InReview, CaseStatus.SupplementRequested, CaseStatus.Suspended, CaseStatus.ReadyForDelivery];

    public async ValueTask<int> Handle(ReassignAllHeldBy command, CancellationToken cancellationToken)
    {
        var supervisor = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var directory = await GetStaffDirectoryHandler.LoadAsync(db, cancellationToken);
        var absent = command.AbsentPersonId.Trim();
        var now = clock.Now;
        var topics = new HashSet<string> { LiveUpdates.FloorTopic };
        var changed = new List<Case>();

        if (directory.Reviewers.Any(r => r.Id == absent))
        {
            var held = await db.Cases
                .Where(c => c.ClaimedById == absent && (c.Status == CaseStatus.InReview || c.Status == CaseStatus.SupplementRequested || c.Status == CaseStatus.Suspended))
                .ToListAsync(cancellationToken);
            foreach (var @case in held)
            {
                var to = await Reassignment.FindReviewerAsync(db, command.ToPersonId, @case.DepartmentCode, cancellationToken);
                topics.UnionWith(Reassignment.Topics(@case));
                @case.Reassign(supervisor, now, to?.Id, to?.DisplayName, to is null ? @case.DepartmentCode : null, command.Reason);
                changed.Add(@case);
            }
        }

        if (directory.Clerks.Any(c => c.Id == absent))
        {
            if (string.IsNullOrWhiteSpace(command.ToPersonId))
            {
                throw new CaseRuleException(CaseRuleCodes.TargetRequired, "Name the clerk who takes over.");
            }
            var to = await Reassignment.FindClerkAsync(db, command.ToPersonId, cancellationToken);
            var held = await db.Cases
                .Where(c => c.AssignedClerkId == absent && ClerkHeld.Contains(c.Status))
                .ToListAsync(cancellationToken);
            foreach (var @case in held)
            {
                topics.UnionWith(Reassignment.Topics(@case));
                @case.ReassignClerk(supervisor, now, to.Id, to.DisplayName, command.Reason);
                changed.Add(@case);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var @case in changed)
        {
            topics.UnionWith(Reassignment.Topics(@case));
        }
        foreach (var topic in topics)
        {
            await live.PublishAsync(new LiveChange(topic));
        }
        return changed.Count;
    }
}
