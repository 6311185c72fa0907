using ClerkStation.Domain.Intake;
using ClerkStation.Domain.Ratings;

namespace ClerkStation.Features.Statistics;

/// <summary>Ratings, counter decisions and rectification tasks: figures that can change after their day, always read live.</summary>
public static partial class StatisticsQueries
{
    /// <summary>What can change after its day (ratings excluded on appeal, follow-up states) and the small tables: always read live.</summary>
    private sealed record LiveFacts(
        IReadOnlyList<(RatingLevel? Level, bool Excluded, int Count)> Ratings,
        IReadOnlyList<(string ClerkId, string ClerkName, IntakeDecisionKind Kind, int Count)> Decisions,
        IReadOnlyList<RectificationTask> Tasks,
        bool IsDemo);

    private static async Task<LiveFacts> LiveAsync(IDbContextFactory<ClerkDbContext> dbFactory, DateOnly from, DateOnly to, string? dept, CancellationToken ct)
    {
        var ratingTask = dbFactory.RunAsync(db =>
        {
            var ratings = db.ServiceRatings.AsNoTracking().Where(r => r.RatedOn >= from && r.RatedOn <= to);
            if (dept is not null)
            {
                ratings = ratings.Where(r => r.DepartmentCode == dept);
            }
            return ratings
                .GroupBy(r => new { r.Level, r.Excluded })
                .Select(g => new { g.Key.Level, g.Key.Excluded, Count = g.Count() })
                .ToListAsync(ct);
        }, ct);

        // The small ones share one context.
        var restTask = dbFactory.RunAsync(async db =>
        {
            var decisions = db.IntakeDecisions.AsNoTracking().Where(d => d.Day >= from && d.Day <= to);
            if (dept is not null)
            {
                decisions = decisions.Where(d => d.DepartmentCode == dept);
            }
            var decisionRows = await decisions
                .GroupBy(d => new { d.ClerkId, d.ClerkName, d.Kind })
                .Select(g => new { g.Key.ClerkId, g.Key.ClerkName, g.Key.Kind, Count = g.Count() })
                .ToListAsync(ct);

            var tasks = db.RectificationTasks.AsNoTracking().Where(t => t.OpenedOn >= from && t.OpenedOn <= to);
            if (dept is not null)
            {
                tasks = tasks.Where(t => t.DepartmentCode == dept);
            }
            var taskList = await tasks.ToListAsync(ct); // bad ratings only: a handful per week
            var isDemo = await db.DemoHistory.AnyAsync(ct);
            return (decisionRows, taskList, isDemo);
        }, ct);

        await Task.WhenAll(ratingTask, restTask);
        var (decisionRows, taskList, isDemo) = restTask.Result;
        return new LiveFacts(
            ratingTask.Result.Select(r => (r.Level, r.Excluded, r.Count)).ToList(),
            decisionRows.Select(d => (d.ClerkId, d.ClerkName, d.Kind, d.Count)).ToList(),
            taskList,
            isDemo);
    }
}
