using ClerkStation.Domain.Complaints;
using ClerkStation.Domain.Ratings;
using ClerkStation.Infrastructure.Events;
using ClerkStation.Infrastructure.Realtime;

namespace ClerkStation.Features.Shared;

/// <summary>A complaint's step reaches the supervisor's floor.</summary>
public sealed class ComplaintLiveUpdates(LiveUpdates live) : DomainEventHandler<ComplaintChanged>
{
    protected override async ValueTask HandleAsync(ComplaintChanged changed, CancellationToken cancellationToken) =>
        await live.PublishAsync(new LiveChange(LiveUpdates.FloorTopic));
}

/// <summary>A rating or a follow-up rating reaches the supervisor's floor.</summary>
public sealed class RatingLiveUpdates(LiveUpdates live) : DomainEventHandler<ServiceRated>
{
    protected override async ValueTask HandleAsync(ServiceRated rated, CancellationToken cancellationToken) =>
        await live.PublishAsync(new LiveChange(LiveUpdates.FloorTopic, rated.CaseNumber));
}

/// <summary>A rectification task's step reaches the supervisor's floor.</summary>
public sealed class RectificationLiveUpdates(LiveUpdates live) : DomainEventHandler<RectificationChanged>
{
    protected override async ValueTask HandleAsync(RectificationChanged changed, CancellationToken cancellationToken) =>
        await live.PublishAsync(new LiveChange(LiveUpdates.FloorTopic, changed.CaseNumber));
}
