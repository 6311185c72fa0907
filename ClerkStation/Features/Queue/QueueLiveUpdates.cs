using ClerkStation.Domain.Queue;
using ClerkStation.Infrastructure.Events;
using ClerkStation.Infrastructure.Realtime;

namespace ClerkStation.Features.Queue;

/// <summary>A ticket's step reaches the hall board, the windows, the phone pages and the supervisor's floor.</summary>
public sealed class QueueLiveUpdates(LiveUpdates live) : DomainEventHandler<TicketChanged>
{
    protected override async ValueTask HandleAsync(TicketChanged changed, CancellationToken cancellationToken) =>
        await live.PublishAsync(new LiveChange(LiveUpdates.QueueTopic, changed.Number));
}
