using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClerkStation.Infrastructure.Persistence;

/// <summary>
/// One write transaction at a time per SQLite file inside this process, in arrival order (docs/adr/0022-sqlite-write-gate.md).
/// SQLite lets one writer in; the others spin in its busy handler, which sleeps in growing steps (up to 100 ms) and
/// does not queue, so under a burst of API calls a writer could wait seconds while the lock was free most of the time.
/// Here a writer awaits a <see cref="SemaphoreSlim"/> (FIFO enough, no thread blocked) before <c>BEGIN IMMEDIATE</c>
/// and lets the next one in at commit, rollback, failure or, at the latest, when its connection closes. A writer that
/// waited <see cref="SqliteTuning.BusyTimeout"/> goes on without the gate and meets SQLite's own busy timeout, as
/// before, so a forgotten release can slow writes down but never stop them. Another process (a backup, the sqlite3
/// shell) is still held off by SQLite's lock and busy timeout alone.
/// </summary>
public sealed class SqliteWriteGate : IDbTransactionInterceptor, IDbConnectionInterceptor
{
    public static SqliteWriteGate Instance { get; } = new();

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _held = new();

    private SqliteWriteGate()
    {
    }

    public InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        var gate = GateOf(connection);
        if (gate.Wait(SqliteTuning.BusyTimeout))
        {
            Hold(eventData.ConnectionId, gate);
        }

        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        var gate = GateOf(connection);
        if (await gate.WaitAsync(SqliteTuning.BusyTimeout, cancellationToken))
        {
            Hold(eventData.ConnectionId, gate);
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.ConnectionId);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.ConnectionId);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(eventData.ConnectionId);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    /// <summary>A transaction disposed without commit or rollback (an exception in between) ends with its connection.</summary>
    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(eventData.ConnectionId);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }

    /// <summary>
    /// The gate of <paramref name="connection"/>'s file if no writer holds it or waits for it at this moment (the
    /// background checkpointer's short TRUNCATE when the app is idle, ADR 0027); null otherwise. Dispose to release.
    /// </summary>
    public static IDisposable? TryEnterIdle(DbConnection connection)
    {
        var gate = GateOf(connection);
        return gate.Wait(0) ? new Entered(gate) : null;
    }

    private sealed class Entered(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }

    private static SemaphoreSlim GateOf(DbConnection connection) =>
        Gates.GetOrAdd(connection.DataSource is { Length: > 0 } file ? file : connection.ConnectionString, static _ => new SemaphoreSlim(1, 1));

    private void Hold(Guid connectionId, SemaphoreSlim gate)
    {
        if (!_held.TryAdd(connectionId, gate))
        {
            gate.Release(); // cannot happen (one transaction per connection); never keep a second slot
        }
    }

    private void Release(Guid connectionId)
    {
        if (_held.TryRemove(connectionId, out var gate))
        {
            gate.Release();
        }
    }
}
