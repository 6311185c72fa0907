using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClerkStation.Tests.Features.Persistence;

/// <summary>
/// WAL checkpoints run beside the write path, not inside a committing request behind the write gate (ADR 0027): the
/// app's connections leave the WAL to the background checkpointer, which keeps it bounded and never waits for the gate.
/// </summary>
[Trait("Database", "SqliteOnly")]
public sealed class SqliteCheckpointerTests : IDisposable
{
    private const int RowBytes = 200 * 1024; // ~50 pages of 4 KB a transaction
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"clerk-ckpt-{Guid.NewGuid():N}.db");
    private readonly DatabaseSettings _settings;
    private readonly SqliteCheckpointer _checkpointer;

    public SqliteCheckpointerTests()
    {
        _settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={_file}", $"Data Source={_file}.practice");
        _checkpointer = new SqliteCheckpointer(_settings, NullLogger<SqliteCheckpointer>.Instance);
        using var db = NewContext(_settings);
        db.Database.EnsureCreated();
        db.Database.ExecuteSqlRaw("CREATE TABLE Filler (Id INTEGER PRIMARY KEY, Body BLOB NOT NULL)");
    }

    private long WalBytes => File.Exists(_file + "-wal") ? new FileInfo(_file + "-wal").Length : 0;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm", _file + ".practice", _file + ".practice-wal", _file + ".practice-shm" })
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_app_connections_leave_checkpoints_to_the_checkpointer_unless_inline_checkpoints_are_chosen()
    {
        await using var db = NewContext(_settings);
        Assert.Equal(SqliteTuning.SafetyNetPages.ToString(), await PragmaAsync(db, "wal_autocheckpoint"));
        Assert.Equal(SqliteTuning.WalSizeLimit.ToString(), await PragmaAsync(db, "journal_size_limit"));

        await using var inline = NewContext(_settings with { InlineCheckpoints = true });
        Assert.Equal("1000", await PragmaAsync(inline, "wal_autocheckpoint"));
    }

    [Fact]
    public async Task No_commit_checkpoints_inline_and_the_checkpointer_keeps_the_wal_bounded()
    {
        // 100 commits of ~50 pages: SQLite's default would have checkpointed inside the commits every 1,000 pages.
        await WriteAsync(100);
        Assert.True(WalBytes > SqliteTuning.WalSizeLimit, $"WAL {WalBytes} bytes: a commit checkpointed inline");

        // Idle and above the limit: copied and cut back to nothing.
        var pass = Assert.Single(_checkpointer.RunOnce());
        Assert.Equal(pass.LogFrames, pass.Checkpointed);
        Assert.True(pass.Truncated);
        Assert.Equal(0, WalBytes);

        // Under way, a pass every ten commits: the WAL restarts from its start and stays small.
        long largest = 0;
        for (var round = 0; round < 10; round++)
        {
            await WriteAsync(10);
            largest = Math.Max(largest, WalBytes);
            var result = Assert.Single(_checkpointer.RunOnce());
            Assert.Equal(0, result.Busy);
            Assert.Equal(result.LogFrames, result.Checkpointed);
        }

        Assert.True(largest < 4 * 1024 * 1024, $"WAL grew to {largest} bytes");
        await using var check = NewContext(_settings);
        Assert.Equal(200, await check.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM Filler").SingleAsync(Ct));
    }

    [Fact]
    public async Task A_checkpoint_neither_waits_for_the_write_gate_nor_holds_it()
    {
        await WriteAsync(100);
        Assert.True(WalBytes > SqliteTuning.WalSizeLimit);

        // A writer holds the gate and SQLite's write lock, with an uncommitted row.
        await using var writer = NewContext(_settings);
        await using var transaction = await writer.Database.BeginTransactionAsync(Ct);
        await writer.Database.ExecuteSqlRawAsync("INSERT INTO Filler (Body) VALUES (zeroblob(1000))", Ct);

        // The checkpoint copies every committed page meanwhile, and leaves the TRUNCATE for an idle moment.
        var pass = await Task.Run(_checkpointer.RunOnce, Ct).WaitAsync(TimeSpan.FromSeconds(5), Ct);
        var result = Assert.Single(pass);
        Assert.Equal(0, result.Busy);
        Assert.True(result.Checkpointed > 0);
        Assert.Equal(result.LogFrames, result.Checkpointed);
        Assert.False(result.Truncated);

        // And the gate is free for the next writer as soon as this one commits.
        await transaction.CommitAsync(Ct);
        await WriteAsync(1).WaitAsync(TimeSpan.FromSeconds(5), Ct);
    }

    private async Task WriteAsync(int transactions)
    {
        for (var i = 0; i < transactions; i++)
        {
            await using var db = NewContext(_settings);
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            await db.Database.ExecuteSqlRawAsync($"INSERT INTO Filler (Body) VALUES (randomblob({RowBytes}))", Ct);
            await transaction.CommitAsync(Ct);
        }
    }

    private static async Task<string> PragmaAsync(DbContext db, string name)
    {
        await db.Database.OpenConnectionAsync(Ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private static ClerkDbContext NewContext(DatabaseSettings settings) => settings.Create(settings.Options(settings.Production, []));
}
