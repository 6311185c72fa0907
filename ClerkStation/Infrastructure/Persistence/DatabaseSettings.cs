using ClerkStation.Infrastructure.Persistence.PostgreSQL;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ClerkStation.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}

/// <summary>
/// Which engine holds the center's data (<c>Database:Provider</c>: Sqlite, the default, or PostgreSQL) and the connection
/// strings of the production and practice databases (<c>ConnectionStrings:Clerk</c>, <c>ConnectionStrings:Practice</c>).
/// On PostgreSQL the practice workspace is a second database named after the first with "_practice" unless one is given.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string Production, string Practice)
{
    public const string DefaultSqlite = "Data Source=App_Data/clerkstation.db";

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var provider = ParseProvider(configuration["Database:Provider"]);
        var production = configuration.GetConnectionString("Clerk") is { Length: > 0 } clerk ? clerk
            : provider == DatabaseProvider.Sqlite ? DefaultSqlite
            : throw new InvalidOperationException("Database:Provider is PostgreSQL but ConnectionStrings:Clerk is not set.");
        var practice = configuration.GetConnectionString("Practice") is { Length: > 0 } given ? given
            : provider == DatabaseProvider.Sqlite ? "Data Source=App_Data/practice.db"
            : PracticeOf(production);
        return new DatabaseSettings(provider, production, practice)
        {
            InlineCheckpoints = configuration.GetValue("Database:InlineCheckpoints", false),
        };
    }

    /// <summary>
    /// SQLite only: checkpoint inside the committing connection every 1,000 WAL pages, as SQLite does by default (the
    /// behaviour before ADR 0027, kept to measure it). Off: <see cref="SqliteCheckpointer"/> checkpoints in the background.
    /// </summary>
    public bool InlineCheckpoints { get; init; }

    public static DatabaseProvider ParseProvider(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRESQL" or "POSTGRES" or "NPGSQL" => DatabaseProvider.PostgreSQL,
        _ => throw new InvalidOperationException($"Database:Provider '{value}' is not known: use Sqlite or PostgreSQL."),
    };

    /// <summary>The practice database beside a PostgreSQL production database: same server, name + "_practice".</summary>
    public static string PracticeOf(string postgres)
    {
        var builder = new NpgsqlConnectionStringBuilder(postgres);
        builder.Database = (builder.Database ?? builder.Username ?? "clerkstation") + "_practice";
        return builder.ConnectionString;
    }

    /// <summary>Context options for one database of this provider (SQLite connections get <see cref="SqliteTuning"/> first and the <see cref="SqliteWriteGate"/>).</summary>
    public DbContextOptions<ClerkDbContext> Options(string connection, IEnumerable<IInterceptor> interceptors, ILoggerFactory? loggers = null)
    {
        var builder = new DbContextOptionsBuilder<ClerkDbContext>();
        if (Provider == DatabaseProvider.PostgreSQL)
        {
            builder.UseNpgsql(connection).AddInterceptors(interceptors.Prepend(CenterStampInterceptor.Instance));
        }
        else
        {
            builder.UseSqlite(connection, sqlite => sqlite.CommandTimeout((int)SqliteTuning.BusyTimeout.TotalSeconds))
                .AddInterceptors(interceptors.Prepend(CenterStampInterceptor.Instance).Prepend(SqliteWriteGate.Instance)
                    .Prepend(InlineCheckpoints ? SqliteTuning.InlineCheckpoints : SqliteTuning.Instance));
        }

        if (loggers is not null)
        {
            builder.UseLoggerFactory(loggers);
        }

        return builder.Options;
    }

    /// <summary>A context of the provider's own type (each finds its own migrations).</summary>
    public ClerkDbContext Create(DbContextOptions<ClerkDbContext> options) =>
        Provider == DatabaseProvider.PostgreSQL ? new PostgresClerkDbContext(options) : new ClerkDbContext(options);
}
