namespace ClerkStation.Infrastructure.Pipeline;

/// <summary>Published when validation refuses a request: nothing was changed (practice scoring counts these as form errors).</summary>
public sealed record RequestRejected(object Request, IReadOnlyList<ValidationProblem> Problems) : INotification;
