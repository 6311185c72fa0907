using ClerkStation.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Infrastructure.Events;

/// <summary>
/// Publishes what the saved aggregates recorded (dotnet/eShop's pattern): collect the events of every tracked
/// <see cref="AggregateRoot"/>, clear them, publish each through the mediator. Call it only after SaveChanges (and the
/// commit) succeeded, so no handler ever reacts to a change that was rolled back.
/// </summary>
public sealed class DomainEventDispatcher(IPublisher publisher)
{
    public async Task DispatchAsync(DbContext db, CancellationToken cancellationToken)
    {
        var events = db.ChangeTracker.Entries<AggregateRoot>()
            .SelectMany(entry => entry.Entity.TakeDomainEvents())
            .ToList();
        foreach (var domainEvent in events)
        {
            await publisher.Publish(new DomainEventNotification(domainEvent), cancellationToken);
        }
    }
}
