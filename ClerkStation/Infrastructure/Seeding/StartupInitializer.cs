namespace ClerkStation.Infrastructure.Seeding;

/// <summary>
/// Prepares the database before the server accepts a request (in the real app and under the test host alike).
/// A failure here stops start-up: a half-initialized counter is worse than one that does not start.
/// </summary>
internal sealed class StartupInitializer(IServiceScopeFactory scopes) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // Loading the catalog here (not on first use) makes a broken catalog stop start-up, with every problem listed.
        _ = scope.ServiceProvider.GetRequiredService<Catalog.CatalogStore>();
        // Practice scenarios are checked against that catalog the same way: a broken scenario file stops start-up.
        _ = scope.ServiceProvider.GetRequiredService<Features.Training.ScenarioLibrary>();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        // Demo mode: the provincial licence library's stand-in (seed-data/licences/library.json).
        await scope.ServiceProvider.GetRequiredService<Features.Licences.DemoLicenceLibrary>().SeedAsync(cancellationToken);
        // The shipped calendar files (a broken one stops start-up) overlaid with the official years saved in the database.
        await scope.ServiceProvider.GetRequiredService<Calendar.CalendarService>().ReloadAsync(announce: false, cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
