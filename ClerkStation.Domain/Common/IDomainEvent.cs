namespace ClerkStation.Domain.Common;

/// <summary>
/// Something an aggregate did, recorded while it acts and published by the app only after the change is saved
/// (queues, live screens, rating invitations and scoring react to it). Plain data: no mediator in the domain.
/// </summary>
public interface IDomainEvent;
