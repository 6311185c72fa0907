using System.Diagnostics;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Infrastructure.Pipeline;

/// <summary>
/// Records every command (a request that changes something) with who sent it and whether it succeeded,
/// and logs any request that is slow. Queries are not audited: they change nothing.
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

            if (IsCommand && !(succeeded && message is IAuditedByHandler))
            {
                await WriteAsync(message, succeeded, failure);
            }
        }
    }

    private async Task WriteAsync(TMessage message, bool succeeded, string? failure)
    {
        var actor = await currentUser.FindAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        AuditTrail.Add(db, actor, typeof(TMessage).Name, (message as IAuditTarget)?.AuditTarget, clock.GetUtcNow(), succeeded, failure);
        await db.SaveChangesAsync(CancellationToken.None);
    }
}

/// <summary>A command that names what it acts on (a case number, a user) for the audit trail.</summary>
public interface IAuditTarget
{
    string? AuditTarget { get; }
}
