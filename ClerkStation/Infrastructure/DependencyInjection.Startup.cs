using ClerkStation.Infrastructure.Health;
using ClerkStation.Infrastructure.Seeding;

namespace ClerkStation.Infrastructure;

public static partial class DependencyInjection
{
    /// <summary>What runs at start-up and in the background: database initialisation, the live relay between nodes, demo history, kept days, health checks.</summary>
    private static void AddClerkStartup(this IServiceCollection services, IConfiguration configuration, DatabaseSettings database)
    {
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
        services.AddSingleton<Features.Statistics.KeptDaysWarmUp>(); // after the demo history: counts the kept days in the background
        services.AddHostedService(sp => sp.GetRequiredService<Features.Statistics.KeptDaysWarmUp>());
        services.AddHealthChecks().AddDbContextCheck<ClerkDbContext>("database")
            .AddCheck<CatalogHealthCheck>("catalog");
    }
}
