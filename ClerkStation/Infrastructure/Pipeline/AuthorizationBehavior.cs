namespace ClerkStation.Infrastructure.Pipeline;

/// <summary>
/// First step of every request: the request type declares its roles; anyone else is refused before a handler runs.
/// A request that declares nothing is refused too (fail closed).
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentUser currentUser) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var access = RequestAccess.For(typeof(TMessage));
        if (!access.Declared)
        {
            throw new AccessDeniedException(typeof(TMessage).Name, "the request declares no roles");
        }

        if (!access.Anonymous)
        {
            var actor = await currentUser.FindAsync();
            if (actor is null)
            {
                throw new AccessDeniedException(typeof(TMessage).Name, "not signed in");
            }

            if (!access.Permits(actor))
            {
                throw new AccessDeniedException(typeof(TMessage).Name, $"{actor.DisplayName} lacks {string.Join('/', access.Roles)}");
            }
        }

        return await next(message, cancellationToken);
    }
}
