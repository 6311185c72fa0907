using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClerkStation.Infrastructure.Persistence;

/// <summary>
/// What every SQLite connection of the app (production and practice) is opened with, deliberately rather than by
/// whatever the file happens to be in (docs/adr/0007-sqlite-journal-mode.md):
/// <list type="bullet">
/// <item><c>busy_timeout</c> first, so a writer waits up to <see cref="BusyTimeout"/> for the lock (including the
/// one-off switch of a rollback-mode file to WAL) instead of failing with "database is locked";</item>
/// <item><c>journal_mode=WAL</c>: readers never block the counter's writes; a file restored from a backup or made by
/// another tool in rollback (DELETE) mode is switched on first open (the mode is a property of the file);</item>
/// <item><c>synchronous=FULL</c>: a committed acceptance survives a power loss, not only a crash of the app;</item>
/// <item>a 64 MB page cache instead of 2 MB, so the index ranges the supervisor's statistics scan stay in the (pooled)
/// connection's cache between calls: ~10 % faster on 1,000,000 cases (docs/performance/supervisor.md).</item>
/// </list>
/// SQLite keeps these per connection (journal_mode per file) and they are cheap, so this runs on every open, pooled or not.
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    /// <summary>How long a statement waits for another connection's lock before giving up.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    public static SqliteTuning Instance { get; } = new();

    private static readonly string Pragmas =
        $"PRAGMA busy_timeout={(int)BusyTimeout.TotalMilliseconds}; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-65536;"; // negative: KiB

    private SqliteTuning()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
