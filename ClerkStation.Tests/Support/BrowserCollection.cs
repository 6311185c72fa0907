using Microsoft.Playwright;

namespace ClerkStation.Tests.Support;

/// <summary>One app on a real port and one Chromium, shared by every browser test (starting them is the slow part).</summary>
public sealed class BrowserAppFixture : IAsyncLifetime
{
    public BrowserAppFactory Factory { get; } = new();

    public Browser Browser { get; } = new();

    /// <summary>A new page signed in as the demo account <paramref name="user"/> on this app, interactive on <paramref name="path"/>.</summary>
    public Task<IPage> SignedInAsync(string user, string path, string culture = "zh-CN") =>
        Browser.OpenSignedInAsync(Factory.BaseAddress, user, path, culture);

    public async ValueTask InitializeAsync()
    {
        _ = Factory.BaseAddress;
        // The app's first page (Razor, catalog, database) is made here, not in whichever test happens to run first: on a
        // loaded 2-core box that first load can take longer than a browser action may.
        using (var warmUp = new HttpClient { BaseAddress = new Uri(Factory.BaseAddress), Timeout = TimeSpan.FromMinutes(2) })
        {
            (await warmUp.GetAsync("/login")).EnsureSuccessStatusCode();
        }
        await Browser.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Factory.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserAppFixture>
{
    public const string Name = "browser";

    /// <summary>
    /// The "Database" trait of browser tests whose outcome does not depend on the database engine (what a screen looks
    /// like, keyboard paths, axe, the English texts): `.ci/run` runs them once, on SQLite, and keeps the PostgreSQL
    /// browser run for the flows that store and read through it. The handlers they call run on both engines.
    /// </summary>
    public const string EngineIndependent = "EngineIndependent";
}
