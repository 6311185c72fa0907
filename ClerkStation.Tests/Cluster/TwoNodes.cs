using ClerkStation.Infrastructure.Realtime;
using Microsoft.AspNetCore.Hosting;

namespace ClerkStation.Tests.Cluster;

/// <summary>One app node: the real app on a PostgreSQL database it may share with another node.</summary>
public sealed class NodeAppFactory(string name, string? sharedDatabase) : ClerkAppFactory(demoHistory: false, postgresDatabase: sharedDatabase)
{
    public string Name { get; } = name;

    public PostgresLiveRelay Relay => Services.GetRequiredService<PostgresLiveRelay>();

    public LiveUpdates Live => Services.GetRequiredService<LiveUpdates>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Node:Name", Name);
    }
}

/// <summary>
/// Two app nodes on one PostgreSQL database, as behind the city's load balancer: node A creates the database, node B
/// starts on it once A is up; both listen for the other's live updates before a test runs. Nothing starts on SQLite.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    private NodeAppFactory? _a;
    private NodeAppFactory? _b;

    public NodeAppFactory A => _a ?? throw new InvalidOperationException(Requirement);

    public NodeAppFactory B => _b ?? throw new InvalidOperationException(Requirement);

    public const string Requirement = $"needs a PostgreSQL server in {TestPostgres.Variable} (.ci/run starts one)";

    public async ValueTask InitializeAsync()
    {
        if (!TestPostgres.Enabled)
        {
            return;
        }

        _a = new NodeAppFactory("node-a", null);
        _ = _a.Services;
        _b = new NodeAppFactory("node-b", _a.PostgresDatabase);
        _ = _b.Services;
        await Eventually.TrueAsync(() => _a.Relay.Connections > 0 && _b.Relay.Connections > 0, "both nodes listen");
    }

    public async ValueTask DisposeAsync()
    {
        if (_b is not null)
        {
            await _b.DisposeAsync();
        }

        if (_a is not null)
        {
            await _a.DisposeAsync();
        }
    }
}

/// <summary>Waits for something another node or a background loop does.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what, int seconds = 20)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, $"timed out after {seconds} s waiting until {what}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public static async Task<T> ResultAsync<T>(TaskCompletionSource<T> source, string what, int seconds = 20)
    {
        var finished = await Task.WhenAny(source.Task, Task.Delay(TimeSpan.FromSeconds(seconds), TestContext.Current.CancellationToken));
        Assert.True(finished == source.Task, $"timed out after {seconds} s waiting for {what}");
        return await source.Task;
    }
}
