using Mediator;

namespace ClerkStation.Features.Counter;

/// <summary>Published after a result was handed over: the applicant is invited to rate the service (好差评).</summary>
public sealed record CaseDelivered(string Number) : INotification;
