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
/// connection's cache between calls: ~10 % faster on 1,000,000 cases (docs/performance/supervisor.md);</item>
/// <item>no checkpoint in the committing connection (docs/adr/0027-sqlite-checkpoints-off-the-write-path.md):
/// <c>wal_autocheckpoint</c> is raised to <see cref="SafetyNetPages"/>, a net for a stopped
/// <see cref="SqliteCheckpointer"/> only, and <c>journal_size_limit</c> cuts the WAL file back when it restarts.
/// <see cref="InlineCheckpoints"/> keeps SQLite's default (every 1,000 pages, inside the commit that crosses them, while
/// that writer holds the write gate): the behaviour before ADR 0027, for measuring both side by side.</item>
/// </list>
/// SQLite keeps these per connection (journal_mode per file) and they are cheap, so this runs on every open, pooled or not.
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    /// <summary>How long a statement waits for another connection's lock before giving up.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    /// <summary>WAL pages after which a commit checkpoints inline anyway: ~80 MB of 4 KB pages, reached only when the
    /// background checkpointer does not run (a tool, a stopped host) or falls far behind.</summary>
    public const int SafetyNetPages = 20_000;

    /// <summary>The size the WAL file is cut back to when it restarts after a complete checkpoint.</summary>
    public const long WalSizeLimit = 16L * 1024 * 1024;

    public static SqliteTuning Instance { get; } = new(SafetyNetPages);

    /// <summary>SQLite's default inline checkpoint every 1,000 pages (before ADR 0027; <c>Database:InlineCheckpoints</c>).</summary>
    public static SqliteTuning InlineCheckpoints { get; } = new(1000);

    private readonly string _pragmas;

    private SqliteTuning(int autoCheckpointPages)
    {
        AutoCheckpointPages = autoCheckpointPages;
        _pragmas = $"PRAGMA busy_timeout={(int)BusyTimeout.TotalMilliseconds}; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; " +
            $"PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint={autoCheckpointPages}; PRAGMA journal_size_limit={WalSizeLimit};"; // cache: negative = KiB
    }

    public int AutoCheckpointPages { get; }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
