using ClerkStation.Domain.Complaints;
using ClerkStation.Domain.Ratings;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Realtime;
using ClerkStation.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Complaints;

/// <summary>The one load–act–save–publish sequence of the complaint commands.</summary>
public sealed class ComplaintSteps(IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock, ICurrentUser currentUser, LiveUpdates live)
{
    public async Task RunAsync(Guid complaintId, Action<Complaint, Actor, DateTimeOffset> act, CancellationToken ct)
    {
        var supervisor = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Id == complaintId, ct)
            ?? throw new RatingRuleException(RatingRuleCodes.NotAllowedInStatus, "No such complaint.");
        act(complaint, supervisor, clock.Now);
        await db.SaveChangesAsync(ct);
        await live.PublishAsync(new LiveChange(LiveUpdates.FloorTopic));
    }
}
