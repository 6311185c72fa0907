namespace ClerkStation.Infrastructure.Pipeline;

/// <summary>Runs every validator registered for the request; any problem stops it before the handler (and is published as <see cref="RequestRejected"/>).</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IRequestValidator<TMessage>> validators, IPublisher publisher)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        List<ValidationProblem>? problems = null;
        foreach (var validator in validators)
        {
            var found = await validator.ValidateAsync(message, cancellationToken);
            if (found.Count > 0)
            {
                (problems ??= []).AddRange(found);
            }
        }

        if (problems is null)
        {
            return await next(message, cancellationToken);
        }

        await publisher.Publish(new RequestRejected(message, problems), cancellationToken);
        throw new RequestValidationException(problems);
    }
}
