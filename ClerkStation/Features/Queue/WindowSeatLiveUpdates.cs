using ClerkStation.Domain.Queue;
using ClerkStation.Infrastructure.Events;
using ClerkStation.Infrastructure.Realtime;

namespace ClerkStation.Features.Queue;

/// <summary>Who sits at which window reaches the supervisor's floor, the window bars and the sign-in window choice.</summary>
public sealed class WindowSeatLiveUpdates(LiveUpdates live) : DomainEventHandler<WindowSeatChanged>
{
    protected override async ValueTask HandleAsync(WindowSeatChanged changed, CancellationToken cancellationToken) =>
        await live.PublishAsync(new LiveChange(LiveUpdates.QueueTopic));
}
