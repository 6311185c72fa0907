using ClerkStation.Domain.Common;

namespace ClerkStation.Infrastructure.Events;

/// <summary>
/// A saved aggregate's domain event on its way through the mediator. One wrapper type, because the domain knows no
/// mediator and the source-generated mediator does not dispatch generic notifications; handlers derive from
/// <see cref="DomainEventHandler{TEvent}"/> and see only the event type they name.
/// </summary>
public sealed record DomainEventNotification(IDomainEvent Event) : INotification;

/// <summary>Reacts to one kind of domain event after the change that raised it is saved.</summary>
public abstract class DomainEventHandler<TEvent> : INotificationHandler<DomainEventNotification>
    where TEvent : IDomainEvent
{
    public ValueTask Handle(DomainEventNotification notification, CancellationToken cancellationToken) =>
        notification.Event is TEvent domainEvent ? HandleAsync(domainEvent, cancellationToken) : ValueTask.CompletedTask;

    protected abstract ValueTask HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
