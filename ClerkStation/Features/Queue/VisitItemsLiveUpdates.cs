using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure.Realtime;
using ClerkStation.Infrastructure.Security;
using Mediator;

namespace ClerkStation.Features.Queue;

/// <summary>A one-time notice or refusal decided at the counter reaches the clerk's customer screen at once (accepted cases do through their own change).</summary>
public sealed class VisitItemsLiveUpdates(LiveUpdates live, ICurrentUser user) : INotificationHandler<CounterDecided>
{
    public async ValueTask Handle(CounterDecided notification, CancellationToken cancellationToken)
    {
        if (notification.Outcome.DecisionId is not null && await user.FindAsync() is { } clerk)
        {
            await live.PublishAsync(new LiveChange(LiveUpdates.ClerkTopic(clerk.UserId), notification.Outcome.DecisionNumber));
        }
    }
}
