using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure.Events;
using ClerkStation.Infrastructure.Realtime;

namespace ClerkStation.Features.Queue;

/// <summary>A one-time notice or refusal decided at the counter reaches the clerk's customer screen at once (accepted cases do through their own change).</summary>
public sealed class VisitItemsLiveUpdates(LiveUpdates live, ICurrentUser user) : DomainEventHandler<CounterDecided>
{
    protected override async ValueTask HandleAsync(CounterDecided notification, CancellationToken cancellationToken)
    {
        if (notification.Outcome.DecisionId is not null && await user.FindAsync() is { } clerk)
        {
            await live.PublishAsync(new LiveChange(LiveUpdates.ClerkTopic(clerk.UserId), notification.Outcome.DecisionNumber));
        }
    }
}
