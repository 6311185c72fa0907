using ClerkStation.Domain.Cases;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Events;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Ratings;

/// <summary>一次一评: every delivered service gets its rating invitation at once, so the receipt can carry the QR code.</summary>
public sealed class InviteRatingOnDelivery(IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock) : DomainEventHandler<CaseChanged>
{
    protected override async ValueTask HandleAsync(CaseChanged notification, CancellationToken cancellationToken)
    {
        if (notification.Type != CaseEventType.Delivered)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.SingleAsync(c => c.Number == notification.Number, cancellationToken);
        await RatingInvitations.EnsureAsync(db, @case, clock.Now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
