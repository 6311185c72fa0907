using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Infrastructure;

public static partial class DependencyInjection
{
    /// <summary>The configured provider's production and practice databases, their folders and SQLite's checkpointer.</summary>
    private static DatabaseSettings AddClerkPersistence(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var database = DatabaseSettings.From(configuration);
        services.AddSingleton(database);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            EnsureDatabaseFolder(database.Production, environment.ContentRootPath);
            EnsureDatabaseFolder(database.Practice, environment.ContentRootPath);
            if (!database.InlineCheckpoints)
            {
                services.AddSingleton<SqliteCheckpointer>(); // WAL checkpoints off the write path (ADR 0027)
                services.AddHostedService(sp => sp.GetRequiredService<SqliteCheckpointer>());
            }
        }

        AddDatabases(services);
        return database;
    }

    /// <summary>
    /// Production and practice databases (ADR 0005) of the configured provider (ADR 0011): handlers get <see cref="IDbContextFactory{ClerkDbContext}"/> for the
    /// current workspace; Identity, training records and the practice reset name the database they need.
    /// </summary>
    private static void AddDatabases(IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<DatabaseSettings>();
            var loggers = sp.GetRequiredService<ILoggerFactory>();
            // Interceptors registered in the container (tests count transactions with one) come after SQLite's tuning.
            var interceptors = sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>().ToArray();
            IDbContextFactory<ClerkDbContext> Factory(string connection) => new FixedDbContextFactory(settings, settings.Options(connection, interceptors, loggers));
            return new ClerkDatabases(Factory(settings.Production), Factory(settings.Practice));
        });
        services.AddScoped<Workspace>();
        services.AddScoped<IDbContextFactory<ClerkDbContext>, WorkspaceDbContextFactory>();
        services.AddScoped<Microsoft.Extensions.Options.IOptions<CenterOptions>, WorkspaceCenterOptions>();
    }

    private static void EnsureDatabaseFolder(string connectionString, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != Microsoft.Data.Sqlite.SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file, contentRoot));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }
        }
    }
}
