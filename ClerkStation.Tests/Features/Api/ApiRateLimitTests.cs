using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace ClerkStation.Tests.Features.Api;

/// <summary>The app with a small per-client limit (5 calls a minute), so a burst crosses it.</summary>
public sealed class SmallRateLimitAppFactory : ClerkAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:PermitsPerWindow", "5");
        builder.UseSetting("Api:RateWindowSeconds", "60");
    }
}

/// <summary>Per-client rate limits: a burst gets 429 with Retry-After; another client is not affected.</summary>
public sealed class ApiRateLimitTests(SmallRateLimitAppFactory app) : IClassFixture<SmallRateLimitAppFactory>
{
    [Fact]
    public async Task A_burst_over_the_clients_limit_is_answered_429_with_retry_after_and_other_clients_go_on()
    {
        var ct = TestContext.Current.CancellationToken;
        using var demo = await ApiHttp.ClientAsync(app);

        var burst = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++)
        {
            burst.Add(await demo.GetAsync("/api/v1/catalog/bundles", ct));
        }

        Assert.Equal(5, burst.Count(r => r.StatusCode == HttpStatusCode.OK));
        var refused = burst.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(3, refused.Count);
        Assert.All(refused, r => Assert.InRange(r.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60));
        Assert.Equal("application/problem+json", refused[0].Content.Headers.ContentType?.MediaType);

        await using var scope = app.ScopeFor(Actors.Admin);
        var secret = await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Mediator.IMediator>(scope.ServiceProvider)
            .Send(new ClerkStation.Features.Admin.RegisterApiClient("kiosk-1", "自助终端 1", ["catalog.read"]), ct);
        using var kiosk = await ApiHttp.ClientAsync(app, "kiosk-1", secret);
        Assert.Equal(HttpStatusCode.OK, (await kiosk.GetAsync("/api/v1/catalog/bundles", ct)).StatusCode);
    }
}
