using ClerkStation.Domain.Ratings;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Realtime;
using ClerkStation.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Ratings;

/// <summary>The one load–act–save–publish sequence the rectification commands share.</summary>
public sealed class RectificationSteps(IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock, ICurrentUser currentUser, LiveUpdates live)
{
    public async Task RunAsync(Guid taskId, Action<RectificationTask, ServiceRating, Actor, DateTimeOffset> act, CancellationToken ct)
    {
        var supervisor = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var task = await db.RectificationTasks.SingleOrDefaultAsync(t => t.Id == taskId, ct)
            ?? throw new RatingRuleException(RatingRuleCodes.NotAllowedInStatus, "No such rectification task.");
        var rating = await db.ServiceRatings.SingleAsync(r => r.Id == task.RatingId, ct);
        act(task, rating, supervisor, clock.Now);
        await db.SaveChangesAsync(ct);
        await live.PublishAsync(new LiveChange(LiveUpdates.FloorTopic, task.CaseNumber));
    }
}
