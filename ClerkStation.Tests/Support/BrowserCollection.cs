namespace ClerkStation.Tests.Support;

/// <summary>One app on a real port and one Chromium, shared by every browser test (starting them is the slow part).</summary>
public sealed class BrowserAppFixture : IAsyncLifetime
{
    public BrowserAppFactory Factory { get; } = new();

    public Browser Browser { get; } = new();

    public async ValueTask InitializeAsync()
    {
        _ = Factory.BaseAddress;
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
}
