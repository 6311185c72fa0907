using ClerkStation.Domain.Cases;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Commands;
using ClerkStation.Infrastructure.Events;

namespace ClerkStation.Features.Ratings;

/// <summary>
/// 一次一评: every delivered service gets its rating invitation at once, so the receipt can carry the QR code. Through
/// the one command path, for whoever delivered the case (the command's audit row is already written).
/// </summary>
public sealed class InviteRatingOnDelivery(AggregateCommands commands, CenterClock clock) : DomainEventHandler<CaseChanged>
{
    protected override async ValueTask HandleAsync(CaseChanged notification, CancellationToken cancellationToken)
    {
        if (notification.Type != CaseEventType.Delivered)
        {
            return;
        }

        await commands.RunAsync(await commands.AnyoneAsync(clock.Current), async invite =>
        {
            var @case = await invite.Db.Cases.SingleAsync(c => c.Id == notification.CaseId, cancellationToken);
            return await RatingInvitations.EnsureAsync(invite.Db, @case, invite.Now, cancellationToken);
        }, cancellationToken);
    }
}
