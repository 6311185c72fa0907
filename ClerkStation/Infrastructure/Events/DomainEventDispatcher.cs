using ClerkStation.Domain.Common;

namespace ClerkStation.Infrastructure.Events;

/// <summary>
/// Publishes what the saved aggregates recorded (dotnet/eShop's pattern): collect the events of every tracked
/// <see cref="AggregateRoot"/>, clear them, publish each through the mediator. Call it only after SaveChanges (and the
/// commit) succeeded, so no handler ever reacts to a change that was rolled back.
/// </summary>
public sealed class DomainEventDispatcher(IPublisher publisher)
{
    /// <summary>
    /// The events of the aggregates about to be deleted, taken before SaveChanges: once saved, a deleted entity is no
    /// longer tracked. Pass them to <see cref="DispatchAsync(DbContext, IReadOnlyList{IDomainEvent}, CancellationToken)"/>.
    /// </summary>
    public static IReadOnlyList<IDomainEvent> TakeFromDeleted(DbContext db) =>
        [.. db.ChangeTracker.Entries<AggregateRoot>().Where(e => e.State == EntityState.Deleted).SelectMany(e => e.Entity.TakeDomainEvents())];

    public Task DispatchAsync(DbContext db, CancellationToken cancellationToken) => DispatchAsync(db, [], cancellationToken);

    public async Task DispatchAsync(DbContext db, IReadOnlyList<IDomainEvent> fromDeleted, CancellationToken cancellationToken)
    {
        var events = fromDeleted.Concat(db.ChangeTracker.Entries<AggregateRoot>().SelectMany(entry => entry.Entity.TakeDomainEvents())).ToList();
        foreach (var domainEvent in events)
        {
            await publisher.Publish(new DomainEventNotification(domainEvent), cancellationToken);
        }
    }
}
