using ClerkStation.Features.Counter;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Ratings;

/// <summary>一次一评: every delivered service gets its rating invitation at once, so the receipt can carry the QR code.</summary>
public sealed class InviteRatingOnDelivery(IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock) : INotificationHandler<CaseDelivered>
{
    public async ValueTask Handle(CaseDelivered notification, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.SingleAsync(c => c.Number == notification.Number, cancellationToken);
        await RatingInvitations.EnsureAsync(db, @case, clock.Now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
