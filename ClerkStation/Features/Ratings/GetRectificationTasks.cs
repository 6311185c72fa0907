using ClerkStation.Domain.Ratings;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Ratings;

public sealed record RectificationRow(RectificationTask Task, string? RatingComment, RatingLevel? FollowUpLevel, bool IsOverdue);

/// <summary>The bad-rating follow-up board: unfinished tasks first (overdue at the top), then the recently finished.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record GetRectificationTasks(bool IncludeFinished = true) : IQuery<IReadOnlyList<RectificationRow>>;

public sealed class GetRectificationTasksHandler(IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock)
    : IQueryHandler<GetRectificationTasks, IReadOnlyList<RectificationRow>>
{
    public async ValueTask<IReadOnlyList<RectificationRow>> Handle(GetRectificationTasks query, CancellationToken cancellationToken)
    {
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
            .Select(t => new RectificationRow(t, ratings.GetValueOrDefault(t.RatingId)?.Comment, ratings.GetValueOrDefault(t.RatingId)?.FollowUpLevel, t.IsOverdueOn(today)))
            .OrderBy(r => r.Task.IsFinished).ThenByDescending(r => r.IsOverdue).ThenBy(r => r.Task.FixDue)
            .ToList();
    }
}
