using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClerkStation.Tests.Support;

/// <summary>
/// The real app (same composition root, demo accounts, seeded catalog) on its own SQLite file, so tests never share
/// state with each other or with a developer's database; on a PostgreSQL database of its own instead when
/// <see cref="TestPostgres.Variable"/> is set (or on a named one, shared by two factories playing two nodes).
/// </summary>
public class ClerkAppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "clerkstation-tests", Guid.NewGuid().ToString("N"));

    private readonly bool _demoHistory;

    private readonly bool _ownsPostgres;

    private readonly Lock _start = new();

    // xunit creates fixtures through a parameterless constructor.
    public ClerkAppFactory()
        : this(demoHistory: false)
    {
    }

    /// <param name="demoHistory">Generate the demo history (slow, and it disturbs exact figures: only its own tests want it).</param>
    /// <param name="postgresDatabase">A PostgreSQL database to share with another factory (a second node); its owner drops it.</param>
    /// <param name="sqlite">Stay on SQLite even when PostgreSQL is configured (the source of a copy).</param>
    protected ClerkAppFactory(bool demoHistory, string? postgresDatabase = null, bool sqlite = false)
    {
        _demoHistory = demoHistory;
        Directory.CreateDirectory(_folder);
        if (TestPostgres.Enabled && !sqlite)
        {
            _ownsPostgres = postgresDatabase is null;
            PostgresDatabase = postgresDatabase ?? TestPostgres.NewDatabaseName();
        }
    }

    /// <summary>The PostgreSQL database this app uses, or null on SQLite.</summary>
    public string? PostgresDatabase { get; }

    public string DatabasePath => Path.Combine(_folder, "clerk.db");

    /// <summary>The practice workspace's database: a second file, so tests can prove the two never mix.</summary>
    public string PracticeDatabasePath => Path.Combine(_folder, "practice.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // MudBlazor and blazor.web.js come from the build output's static web assets, served outside Development only on request.
        builder.UseStaticWebAssets();
        if (PostgresDatabase is { } database)
        {
            builder.UseSetting("Database:Provider", "PostgreSQL");
            builder.UseSetting("ConnectionStrings:Clerk", TestPostgres.ConnectionString(database));
            builder.UseSetting("ConnectionStrings:Practice", TestPostgres.ConnectionString(database + "_practice"));
        }
        else
        {
            builder.UseSetting("ConnectionStrings:Clerk", $"Data Source={DatabasePath}");
            builder.UseSetting("ConnectionStrings:Practice", $"Data Source={PracticeDatabasePath}");
        }

        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("DataProtection:KeysFolder", Path.Combine(_folder, "keys"));
        builder.UseSetting("CaseFile:Root", Path.Combine(_folder, "files"));
        builder.UseSetting("CaseFile:PracticeRoot", Path.Combine(_folder, "practice-files"));
        builder.UseSetting("Demo:History", _demoHistory ? "true" : "false");
        builder.UseSetting("KeptDays:WarmAtStart", "false"); // tests write history after the start (KeptDaysWarmUp)
        // Tests sign in hundreds of times from one address; ShippedLoginLimitsAppFactory tests the shipped limits.
        builder.UseSetting("Security:Login:FailuresPerAddress", "100000");
        builder.UseSetting("Security:Login:PostsPerMinutePerAddress", "100000");
        builder.ConfigureServices(services =>
        {
            // Handler tests act as a chosen person; in a browser the real sign-in cookie decides.
            services.AddScoped<TestIdentity>();
            services.Replace(ServiceDescriptor.Scoped<ICurrentUser>(sp =>
            {
                var test = sp.GetRequiredService<TestIdentity>();
                return !test.IsSet ? ActivatorUtilities.CreateInstance<CurrentUser>(sp) : test;
            }));
        });
    }

    /// <summary>A service scope acting as <paramref name="actor"/> (null: signed out).</summary>
    public AsyncServiceScope ScopeFor(Actor? actor)
    {
        // The first touch of Services starts the host; WebApplicationFactory does not guard that against parallel
        // callers (two hosts would seed one database at once), so the start is serialized here.
        IServiceProvider services;
        lock (_start)
        {
            services = Services;
        }

        var scope = services.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetRequiredService<TestIdentity>();
        identity.Actor = actor;
        identity.IsSet = true;
        return scope;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_ownsPostgres && PostgresDatabase is { } database)
        {
            TestPostgres.Drop(database, database + "_practice");
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS temp cleaner.
        }
    }
}
