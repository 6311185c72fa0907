namespace ClerkStation.Infrastructure.Practice;

/// <summary>
/// Practice-workspace selection: before any request runs, the workspace is refreshed for the current user, so the
/// handler's <c>IDbContextFactory&lt;ClerkDbContext&gt;</c> (and the audit behaviour's) opens the practice database
/// for a trainee or a clerk in practice and the production database otherwise. No handler knows about practice.
/// </summary>
public sealed class WorkspaceSelectionBehavior<TMessage, TResponse>(Workspace workspace) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        await workspace.RefreshAsync(cancellationToken);
        return await next(message, cancellationToken);
    }
}
