using ClerkStation.Domain.Ratings;
using ClerkStation.Infrastructure;

namespace ClerkStation.Features.Ratings;

/// <summary>A task on the board; <c>Allowed</c> holds the steps the supervisor asking may take now (the task's own rule), and the board offers exactly these.</summary>
public sealed record RectificationRow(RectificationTask Task, string? RatingComment, RatingLevel? FollowUpLevel, bool IsOverdue, IReadOnlySet<RectificationAction> Allowed);

/// <summary>The bad-rating follow-up board: unfinished tasks first (overdue at the top), then the recently finished.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record GetRectificationTasks(bool IncludeFinished = true) : IQuery<IReadOnlyList<RectificationRow>>;

public sealed class GetRectificationTasksHandler(IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock, ICurrentUser currentUser)
    : IQueryHandler<GetRectificationTasks, IReadOnlyList<RectificationRow>>
{
    public async ValueTask<IReadOnlyList<RectificationRow>> Handle(GetRectificationTasks query, CancellationToken cancellationToken)
    {
        var supervisor = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = clock.Today;
        var tasks = await db.RectificationTasks.AsNoTracking()
            .Where(t => query.IncludeFinished || (t.Status != RectificationStatus.Closed && t.Status != RectificationStatus.Dismissed))
            .OrderByDescending(t => t.OpenedOn)
            .Take(300)
            .ToListAsync(cancellationToken);
        var ids = tasks.Select(t => t.RatingId).ToList();
        var ratings = await db.ServiceRatings.AsNoTracking().Where(r => ids.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        return tasks
            .Select(t => new RectificationRow(
                t, ratings.GetValueOrDefault(t.RatingId)?.Comment, ratings.GetValueOrDefault(t.RatingId)?.FollowUpLevel, t.IsOverdueOn(today), t.AllowedActions(supervisor)))
            .OrderBy(r => r.Task.IsFinished).ThenByDescending(r => r.IsOverdue).ThenBy(r => r.Task.FixDue)
            .ToList();
    }
}
