using ClerkStation.Features.Training;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Infrastructure.Seeding;

namespace ClerkStation.Infrastructure;

public static partial class DependencyInjection
{
    /// <summary>The center's clock, live updates, kept figures, the command path, options, queue and calendar services, the catalog and training.</summary>
    private static void AddClerkCenterServices(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CenterClocks>();
        services.AddScoped<CenterClock>();
        services.AddSingleton<CenterDirectory>();
        services.AddSingleton<Realtime.LiveUpdates>();
        services.AddSingleton<Features.ItemSearch.CatalogSearch>();
        services.AddSingleton<Features.ItemSearch.ItemUsageCounts>();
        services.AddSingleton<Features.City.CityDailyFigures>();
        services.AddSingleton<Features.Statistics.StatisticsDailyFigures>();
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
}
