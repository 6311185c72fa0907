using ClerkStation.Features.Account;
using ClerkStation.Features.Training;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Features.CaseFile;
using ClerkStation.Features.Api;
using ClerkStation.Infrastructure.Health;
using ClerkStation.Infrastructure.Localization;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Infrastructure.Security;
using ClerkStation.Infrastructure.Seeding;
using Mediator;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;

namespace ClerkStation.Infrastructure;

/// <summary>The composition root, kept out of Program.cs so tests can reason about it in one place.</summary>
public static class DependencyInjection
{
    public static IServiceCollection AddClerkStation(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Exception details never reach a browser unless a developer opts in (ADR 0008).
        services.AddRazorComponents().AddInteractiveServerComponents(circuit => circuit.DetailedErrors = WebHardening.ShowDetailedErrors(configuration));
        services.AddWebHardening(configuration);
        services.AddMudServices();
        services.AddLocalization();
        // Keep Chinese readable in the served HTML instead of &#x...; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CenterClocks>();
        services.AddScoped<CenterClock>();
        services.AddSingleton<CenterDirectory>();
        services.AddSingleton<Realtime.LiveUpdates>();
        services.AddSingleton<Features.ItemSearch.CatalogSearch>();
        services.AddSingleton<Features.ItemSearch.ItemUsageCounts>();
        services.AddSingleton<Features.City.CityDailyFigures>();
        services.AddScoped<Events.DomainEventDispatcher>(); // the one command path: load → act → save → publish
        services.AddScoped<Commands.AggregateCommands>();
        services.AddScoped<Features.Shared.CaseCommands>();
        services.AddScoped<Features.Intake.IntakeDecisions>();
        services.AddSingleton<Features.Track.TrackThrottle>();
        services.Configure<CenterOptions>(configuration.GetSection(CenterOptions.Section));
        services.Configure<DeadlineOptions>(configuration.GetSection(DeadlineOptions.Section));
        services.Configure<RatingOptions>(configuration.GetSection(RatingOptions.Section));
        services.Configure<QueueOptions>(configuration.GetSection(QueueOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<QueueOptions>>().Value.ToSettings());
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<QueueOptions>>().Value
            .ToAppointmentSettings(sp.GetRequiredService<Domain.Queue.QueueSettings>()));
        services.AddScoped<Features.Appointments.AppointmentBook>();
        services.AddScoped<Features.Queue.WindowCommands>();
        services.AddScoped<Features.Queue.TicketDesk>();
        services.AddScoped<Features.Devices.DeviceAccess>();
        services.Scan(typeof(DependencyInjection).Assembly);
        services.AddSingleton(sp => new CatalogStore(
            SeedDataLocator.Resolve(configuration, environment.ContentRootPath), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new Calendar.CalendarService(
            SeedDataLocator.Resolve(configuration, environment.ContentRootPath), sp.GetRequiredService<ClerkDatabases>(), sp.GetRequiredService<Realtime.LiveUpdates>()));
        services.AddScoped<Features.Calendar.OpenDeadlines>();
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        services.AddTraining(configuration, environment);

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

        // Keys survive a restart, so signed-in clerks and open forms keep working after the server comes back; on
        // PostgreSQL they live in the database, so a cookie issued by one node is read by every other.
        var protection = services.AddDataProtection().SetApplicationName("ClerkStation");
        if (database.Provider == DatabaseProvider.PostgreSQL)
        {
            services.AddScoped(sp => (Persistence.PostgreSQL.PostgresClerkDbContext)sp.GetRequiredService<ClerkDatabases>().Production.CreateDbContext());
            protection.PersistKeysToDbContext<Persistence.PostgreSQL.PostgresClerkDbContext>();
        }
        else
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(environment.ContentRootPath, configuration["DataProtection:KeysFolder"] ?? "App_Data/keys")));
        }

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/login";
            cookie.AccessDeniedPath = "/not-allowed";
            cookie.Cookie.Name = "ClerkStation.Auth";
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
        });
        services.AddAuthorization();
        // Identity's stores need a DbContext service; it is scoped to each HTTP request or circuit, and always production:
        // staff accounts are about people, not cases, and never live in the practice database.
        services.AddScoped(sp => sp.GetRequiredService<ClerkDatabases>().Production.CreateDbContext());
        services.AddIdentityCore<StaffUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._";
                options.Password.RequiredLength = 8;
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ClerkDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddLoginLimits(configuration); // lockout threshold, per-address throttling, the sign-in itself

        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors =
            [
                typeof(AuthorizationBehavior<,>),
                typeof(WorkspaceSelectionBehavior<,>),
                typeof(AuditBehavior<,>),
                typeof(ValidationBehavior<,>),
            ];
        });

        services.AddScoped<DatabaseInitializer>();
        services.AddHostedService<StartupInitializer>();
        services.AddSingleton<Realtime.NodeIdentity>();
        if (database.Provider == DatabaseProvider.PostgreSQL)
        {
            // Several nodes share the database: live updates cross between them (after the database exists).
            services.AddSingleton<Realtime.PostgresLiveRelay>();
            services.AddHostedService(sp => sp.GetRequiredService<Realtime.PostgresLiveRelay>());
        }

        services.Configure<DemoHistoryOptions>(configuration.GetSection(DemoOptions.Section));
        services.AddScoped<DemoHistoryGenerator>();
        services.AddHostedService<DemoHistoryInitializer>();
        services.AddHealthChecks().AddDbContextCheck<ClerkDbContext>("database")
            .AddCheck<CatalogHealthCheck>("catalog");
        services.AddCaseFile(configuration);
        Features.Webhooks.WebhookSetup.AddWebhooks(services, configuration);
        services.AddSingleton<Features.Agents.SmsOutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Agents.SmsOutboxSender>());
        services.AddPublicApi(configuration);
        services.AddScoped<Features.Licences.LicenceLibrary>();
        services.AddScoped<Features.Licences.DemoLicenceLibrary>();
        services.AddScoped<Features.Training.PracticeLicences>();
        return services;
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

    /// <summary>Registers every request validator in the app (one per request that needs one).</summary>
    private static void Scan(this IServiceCollection services, System.Reflection.Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestValidator<>)))
            {
                services.AddScoped(contract, type);
            }
        }
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

    public static WebApplication UseClerkStation(this WebApplication app)
    {
        app.UseWebHardening();
        app.UseApiErrors();
        app.UseApiAudit();
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture(Cultures.Default);
            options.AddSupportedCultures(Cultures.Supported);
            options.AddSupportedUICultures(Cultures.Supported);
            // Only the cookie chooses the language: a browser's Accept-Language must not turn a zh-CN counter English.
            options.RequestCultureProviders = [new Microsoft.AspNetCore.Localization.CookieRequestCultureProvider()];
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapStaticAssets();
        // The app's own policy already says frame-ancestors 'none' (SecurityHeaders); Blazor's default second header ('self') would only loosen the reading.
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode(server => server.ContentSecurityFrameAncestorsPolicy = null);
        app.MapCultureEndpoints();
        Features.Account.AccountEndpoints.MapAccountEndpoints(app);
        Features.Statistics.StatisticsCsv.MapStatisticsCsv(app);
        Features.Statistics.QueueStatisticsCsv.MapQueueStatisticsCsv(app);
        Features.Licences.ExpiringLicencesCsv.MapExpiringLicencesCsv(app);
        app.MapCaseFile();
        app.MapPublicApi();
        app.MapHealthChecks("/healthz", HealthResponse.Options);
        return app;
    }
}
