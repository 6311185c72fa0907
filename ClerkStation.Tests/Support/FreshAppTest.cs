namespace ClerkStation.Tests.Support;

/// <summary>
/// A test class whose every test gets an app of its own (a fresh database, its own clock and settings): xUnit makes one
/// instance per test, and this starts the app before the test and disposes it after.
/// </summary>
public abstract class FreshAppTest<TFactory> : IAsyncLifetime
    where TFactory : ClerkAppFactory, new()
{
    protected TFactory App { get; } = new();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        BeforeStart();
        _ = App.Server; // starts the host: the database is created, migrated and seeded
        await StartedAsync();
    }

    /// <summary>What the test class sets before the host starts (its clock, most often).</summary>
    protected virtual void BeforeStart()
    {
    }

    /// <summary>What the test class adds once the app is up: accounts, cases, subscriptions.</summary>
    protected virtual ValueTask StartedAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
