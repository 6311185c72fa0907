using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClerkStation.Tests.Support;

/// <summary>
/// The app with the clock stopped: by default at Wed 11 Mar 2026, 17:00 China time, or at the instant a test names
/// (set <see cref="Clock"/>: e.g. 23:30 UTC, which is 07:30 the next morning at the center).
/// </summary>
public class FixedClockAppFactory : ClerkAppFactory
{
    public static readonly DateTimeOffset Now = new(2026, 3, 11, 17, 0, 0, TimeSpan.FromHours(8));

    public FixedTime Clock { get; } = new(Now);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }
}

/// <summary>A clock that shows what the test sets.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
