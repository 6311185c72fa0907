using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ClerkStation.Tests.Support;

/// <summary>The app on a real Kestrel port, for a real browser.</summary>
public class BrowserAppFactory : ClerkAppFactory
{
    private readonly Lazy<string> _address;

    public BrowserAppFactory()
        : this(demoHistory: false)
    {
    }

    protected BrowserAppFactory(bool demoHistory, string? postgresDatabase = null)
        : base(demoHistory, postgresDatabase)
    {
        UseKestrel(0);
        _address = new Lazy<string>(() =>
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            return addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        });
    }

    public string BaseAddress => _address.Value;
}
