using System.Diagnostics;

namespace ClerkStation.Infrastructure.Pipeline;

/// <summary>
/// Records every command (a request that changes something) with who sent it and whether it succeeded, and logs any
/// request that is slow. A command handled through the one command path writes its success row in its own transaction
/// (<see cref="CommandAudit"/>); this behaviour writes the rest. Queries are not audited: they change nothing.
/// </summary>
public sealed class AuditBehavior<TMessage, TResponse>(
    ICurrentUser currentUser,
    IDbContextFactory<ClerkDbContext> dbFactory,
    TimeProvider clock,
    ILogger<AuditBehavior<TMessage, TResponse>> logger) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly bool IsCommand = typeof(TMessage).GetInterfaces()
        .Any(i => i == typeof(ICommand) || (i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)));

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var audit = IsCommand ? CommandAudit.Begin(typeof(TMessage).Name, (message as IAuditTarget)?.AuditTarget) : null;
        var succeeded = false;
        string? failure = null;
        try
        {
            var response = await next(message, cancellationToken);
            succeeded = true;
            return response;
        }
        catch (Exception ex)
        {
            failure = ex.GetType().Name + ": " + ex.Message;
            throw;
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed > TimeSpan.FromMilliseconds(500))
            {
                logger.LogWarning("{Request} took {Elapsed} ms", typeof(TMessage).Name, (int)elapsed.TotalMilliseconds);
            }

            if (audit is not null && !(succeeded && audit.Settled))
            {
                await WriteAsync(audit, succeeded, failure);
            }
        }
    }

    // A failure (nothing was saved) or a command that saved outside the one command path: a row of its own.
    private async Task WriteAsync(CommandAudit audit, bool succeeded, string? failure)
    {
        var actor = await currentUser.FindAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        AuditTrail.Add(db, actor, audit.Action, audit.Target, clock.GetUtcNow(), succeeded, failure);
        await db.SaveChangesAsync(CancellationToken.None);
    }
}

/// <summary>A command that names what it acts on (a case number, a user) for the audit trail.</summary>
public interface IAuditTarget
{
    string? AuditTarget { get; }
}
