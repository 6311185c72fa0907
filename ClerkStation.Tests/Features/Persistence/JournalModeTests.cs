using System.Collections.Concurrent;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure.Practice;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Persistence;

/// <summary>
/// The journal mode is chosen by the app, not inherited from the file: a database restored from a backup or made by
/// another tool in rollback (DELETE) mode is in WAL once the app has opened it, and accepts beside a reader loop never
/// fail with "database is locked".
/// </summary>
[Trait("Database", "SqliteOnly")] // PRAGMAs and files: what SQLite alone has
public sealed class JournalModeTests : IAsyncLifetime
{
    private static readonly Applicant WangFang = new(ApplicantKind.Person, "王芳", TestIds.WangFang, "13800138000", "定海区展茅街道");

    private readonly ClerkAppFactory _app = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        // Both files exist before the app starts, in rollback mode, as a restored backup would.
        foreach (var path in new[] { _app.DatabasePath, _app.PracticeDatabasePath })
        {
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=DELETE; CREATE TABLE RestoredFromBackup (Id INTEGER PRIMARY KEY);";
            command.ExecuteNonQuery();
        }

        Assert.Equal("delete", JournalMode(_app.DatabasePath));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_database_that_starts_in_rollback_mode_is_in_WAL_once_the_app_opened_it()
    {
        var databases = _app.Services.GetRequiredService<ClerkDatabases>();
        await using (var production = await databases.Production.CreateDbContextAsync(Ct))
        {
            Assert.Equal("wal", await Pragma(production, "journal_mode"));
            Assert.Equal("2", await Pragma(production, "synchronous")); // FULL
            Assert.Equal("10000", await Pragma(production, "busy_timeout"));
        }

        await using var practice = await databases.Practice.CreateDbContextAsync(Ct);
        Assert.Equal("wal", await Pragma(practice, "journal_mode"));
        Assert.Equal("wal", JournalMode(_app.DatabasePath));
        Assert.Equal("wal", JournalMode(_app.PracticeDatabasePath));
    }

    [Fact]
    public async Task Concurrent_accepts_beside_a_reader_loop_do_not_fail_with_database_is_locked()
    {
        _ = _app.Services; // start: the app opens (and switches) the file
        using var stop = new CancellationTokenSource();
        var reads = 0;
        // Another program reading the file (a statistics reload, a backup tool): short read transactions, back to back.
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            using var connection = new SqliteConnection($"Data Source={_app.DatabasePath};Pooling=False;Default Timeout=5");
            connection.Open();
            while (!stop.IsCancellationRequested)
            {
                using var transaction = connection.BeginTransaction(deferred: true);
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "SELECT COUNT(*), SUM(length(FormDataJson)) FROM Cases";
                command.ExecuteScalar();
                Thread.Sleep(2);
                transaction.Commit();
                Interlocked.Increment(ref reads);
            }
        })).ToList();

        var failures = new ConcurrentBag<Exception>();
        var accepted = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 40), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = Ct }, async (_, ct) =>
        {
            try
            {
                var outcome = await _app.SendAsync(Actors.Clerk, m => m.Send(new SubmitApplication(
                    Guid.NewGuid(), "RS-002", WangFang,
                    new FormData().Set("currentLevel", "300").Set("contributionLevel", "1000").Set("effectiveYear", "next").ToJson(),
                    new Dictionary<string, MaterialStatus> { ["id-or-ssc"] = MaterialStatus.Original }), ct));
                accepted.Add(outcome.Cases[0].Number);
            }
            catch (Exception ex)
            {
                failures.Add(ex);
            }
        });
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Empty(failures.Select(f => f.ToString()));
        Assert.Equal(40, accepted.Distinct().Count());
        Assert.True(reads > 0);
    }

    private static string JournalMode(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()!;
    }

    private static async Task<string> Pragma(DbContext db, string name)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
