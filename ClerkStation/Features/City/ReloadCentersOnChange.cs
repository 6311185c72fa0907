using ClerkStation.Domain.Centers;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Events;
using ClerkStation.Infrastructure.Realtime;

namespace ClerkStation.Features.City;

/// <summary>Numbers and clocks read the centers from memory: a saved center reloads them on this node at once, on the others through the live relay.</summary>
public sealed class ReloadCentersOnChange(CenterDirectory directory, LiveUpdates live) : DomainEventHandler<CenterChanged>
{
    protected override async ValueTask HandleAsync(CenterChanged changed, CancellationToken cancellationToken)
    {
        await directory.ReloadAsync(cancellationToken);
        await live.PublishAsync(new LiveChange(LiveUpdates.CentersTopic));
    }
}
