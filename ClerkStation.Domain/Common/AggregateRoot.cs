namespace ClerkStation.Domain.Common;

/// <summary>
/// An entity that is loaded, told to act and saved as one unit (a case, a complaint, a rectification task). It collects
/// the <see cref="IDomainEvent"/>s of what it did; the app takes them after a successful save and publishes them.
/// </summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _domainEvents = [];

    /// <summary>What happened since the last <see cref="TakeDomainEvents"/>, in order.</summary>
    public IReadOnlyList<IDomainEvent> PendingDomainEvents() => [.. _domainEvents];

    /// <summary>Returns the recorded events and forgets them, so each is published once.</summary>
    public IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        var taken = _domainEvents.ToList();
        _domainEvents.Clear();
        return taken;
    }

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);
}
