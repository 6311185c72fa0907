namespace ClerkStation.Infrastructure.Pipeline;

/// <summary>Validates one request type on the server, with the same rules the UI shows as the clerk types.</summary>
public interface IRequestValidator<in TMessage>
{
    ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(TMessage message, CancellationToken cancellationToken);
}
