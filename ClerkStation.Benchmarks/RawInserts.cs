using ClerkStation.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Benchmarks;

/// <summary>The pragmas the app's own connections run with, read back from a context the app's factory made.</summary>
public sealed record AppPragmas(string JournalMode, long Synchronous, long BusyTimeout, long CacheSize)
{
    public static AppPragmas Read(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContext();
        db.Database.OpenConnection();
        var connection = db.Database.GetDbConnection();
        object? Value(string pragma)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA " + pragma;
            return command.ExecuteScalar();
        }
        return new AppPragmas((string)Value("journal_mode")!, (long)Value("synchronous")!, (long)Value("busy_timeout")!, (long)Value("cache_size")!);
    }

    public string Apply => $"PRAGMA journal_mode={JournalMode}; PRAGMA synchronous={Synchronous}; PRAGMA busy_timeout={BusyTimeout}; PRAGMA cache_size={CacheSize};";
}

/// <summary>One row per transaction into a table of its own on the benchmark file: what SQLite allows for a write there.</summary>
public sealed class RawInserts : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly string _payload = new('受', 300);

    public RawInserts(string path, AppPragmas pragmas)
    {
        _connection = new SqliteConnection($"Data Source={path}");
        _connection.Open();
        using var command = _connection.CreateCommand();
        command.CommandText = pragmas.Apply + "CREATE TABLE IF NOT EXISTS BenchRawInserts (Id TEXT PRIMARY KEY, At TEXT NOT NULL, Payload TEXT NOT NULL);";
        command.ExecuteNonQuery();
    }

    public int InsertOne()
    {
        using var transaction = _connection.BeginTransaction();
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO BenchRawInserts (Id, At, Payload) VALUES ($id, $at, $payload)";
        command.Parameters.AddWithValue("$id", Guid.NewGuid().ToString());
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O"));
        command.Parameters.AddWithValue("$payload", _payload);
        var rows = command.ExecuteNonQuery();
        transaction.Commit();
        return rows;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
