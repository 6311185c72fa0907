using ClerkStation.Infrastructure.Realtime;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace ClerkStation.Tests.Cluster;

/// <summary>One app node on a real port, on a PostgreSQL database it may share with another node.</summary>
public sealed class NodeBrowserFactory(string name, string? sharedDatabase) : BrowserAppFactory(demoHistory: false, postgresDatabase: sharedDatabase)
{
    public PostgresLiveRelay Relay => Services.GetRequiredService<PostgresLiveRelay>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Node:Name", name);
    }
}

/// <summary>
/// Two app processes' worth of nodes on one PostgreSQL, a reviewer's browser on node B. In the browser collection so that
/// its two nodes and its Chromium never run beside the other browser tests on a 2-core CI machine.
/// </summary>
[Trait("Database", "PostgreSQL")]
[Collection(BrowserCollection.Name)]
public sealed class TwoNodeBrowserTests : IAsyncLifetime
{
    private readonly Browser _browser = new();
    private NodeBrowserFactory? _a;
    private NodeBrowserFactory? _b;

    public async ValueTask InitializeAsync()
    {
        if (!TestPostgres.Enabled)
        {
            return;
        }

        _a = new NodeBrowserFactory("node-a", null);
        _ = _a.BaseAddress;
        _b = new NodeBrowserFactory("node-b", _a.PostgresDatabase);
        _ = _b.BaseAddress;
        await _browser.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        foreach (var node in new[] { _b, _a })
        {
            if (node is not null)
            {
                await node.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_case_accepted_on_node_A_appears_live_in_a_reviewers_queue_on_node_B()
    {
        Assert.SkipUnless(TestPostgres.Enabled, TwoNodes.Requirement);
        var (a, b) = (_a!, _b!);
        var reviewer = await _browser.NewPageAsync(b.BaseAddress);
        await reviewer.LoginAsync("reviewer.mz");
        await reviewer.WaitForInteractiveAsync();
        await Eventually.TrueAsync(() => a.Relay.Connections > 0 && b.Relay.Connections > 0, "both nodes listen");

        var number = Assert.Single((await a.SendAsync(Actors.Clerk, TwoNodeTests.PromisedMz())).Cases).Number;

        await Assertions.Expect(reviewer.GetByTestId("queue")).ToContainTextAsync(number, new() { Timeout = 15_000 });
        await reviewer.ScreenshotAsync("two-nodes-queue-on-b-zh");
        await reviewer.Context.CloseAsync();
    }
}
