using Microsoft.Data.Sqlite;

namespace ClerkStation.Infrastructure.Persistence;

/// <summary>
/// Checkpoints the SQLite WAL of both databases (production and practice) in the background, on a connection of its
/// own, never inside a committing request and never behind the write gate (docs/adr/0027-sqlite-checkpoints-off-the-write-path.md).
/// SQLite's default runs a checkpoint inside the commit that crosses 1,000 WAL pages: that commit copies the pages into
/// the database file and fsyncs it (synchronous=FULL) while its writer holds the gate of ADR 0022, so every other writer
/// — and every API read, which writes an audit row — waited for the database file's fsync: 2.4 s on the
/// 1,000,000-case file in the benchmark (docs/performance/api.md).
/// <list type="bullet">
/// <item>every <see cref="Interval"/>: <c>wal_checkpoint(PASSIVE)</c>, which takes no write lock and lets writers append
/// to the WAL meanwhile; with <c>synchronous=FULL</c> it syncs the WAL and the database file as the inline one did;</item>
/// <item>when the WAL file is still above <see cref="SqliteTuning.WalSizeLimit"/> (readers kept it from restarting) and
/// no writer holds or awaits the gate: a <c>TRUNCATE</c> checkpoint behind the gate with a short busy timeout. The
/// PASSIVE pass has copied the pages already, so it only waits for old readers and cuts the file.</item>
/// </list>
/// </summary>
public sealed class SqliteCheckpointer(DatabaseSettings settings, ILogger<SqliteCheckpointer> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    /// <summary>How long the idle TRUNCATE waits for readers of an older snapshot while it holds the gate.</summary>
    public const int TruncateBusyTimeoutMs = 50;

    /// <summary>One pass over both databases; a database that does not exist yet is skipped.</summary>
    public IReadOnlyList<CheckpointResult> RunOnce() =>
        new[] { settings.Production, settings.Practice }.Distinct().Select(Checkpoint).OfType<CheckpointResult>().ToList();

    /// <summary>A PASSIVE checkpoint of one database file, then a TRUNCATE if its WAL stayed large and the gate is free.</summary>
    public static CheckpointResult? Checkpoint(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        if (builder.DataSource is not { Length: > 0 } file || file == ":memory:" || !File.Exists(file))
        {
            return null;
        }

        using var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        Execute(connection, "PRAGMA busy_timeout=0; PRAGMA synchronous=FULL;"); // FULL: the database file is synced before the WAL restarts
        var passive = Run(connection, "PASSIVE");
        var wal = connection.DataSource + "-wal";
        var truncated = false;
        if (File.Exists(wal) && new FileInfo(wal).Length > SqliteTuning.WalSizeLimit)
        {
            using var idle = SqliteWriteGate.TryEnterIdle(connection);
            if (idle is not null)
            {
                Execute(connection, $"PRAGMA busy_timeout={TruncateBusyTimeoutMs};");
                truncated = Run(connection, "TRUNCATE").Busy == 0;
            }
        }

        return passive with { Truncated = truncated, WalBytes = File.Exists(wal) ? new FileInfo(wal).Length : 0 };
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        // A thread of its own: a checkpoint's fsync can take seconds on a busy disk, and must not hold a pool thread.
        Task.Factory.StartNew(() => Loop(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Loop(CancellationToken stoppingToken)
    {
        while (!stoppingToken.WaitHandle.WaitOne(Interval))
        {
            try
            {
                foreach (var result in RunOnce().Where(r => r.Elapsed > TimeSpan.FromMilliseconds(200)))
                {
                    log.LogInformation("SQLite checkpoint of {Pages} WAL pages took {Ms:N0} ms (outside the write path)", result.Checkpointed, result.Elapsed.TotalMilliseconds);
                }
            }
            catch (SqliteException e)
            {
                log.LogWarning(e, "SQLite checkpoint failed; the next pass tries again");
            }
        }
    }

    private static CheckpointResult Run(SqliteConnection connection, string mode)
    {
        var started = TimeProvider.System.GetTimestamp();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        using var reader = command.ExecuteReader();
        reader.Read();
        return new CheckpointResult(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), TimeProvider.System.GetElapsedTime(started), false, 0);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>SQLite's answer to <c>wal_checkpoint</c>: busy flag, WAL frames, frames copied into the database file.</summary>
public sealed record CheckpointResult(int Busy, int LogFrames, int Checkpointed, TimeSpan Elapsed, bool Truncated, long WalBytes);
