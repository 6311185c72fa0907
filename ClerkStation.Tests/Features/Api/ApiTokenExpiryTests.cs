using System.Net;

namespace ClerkStation.Tests.Features.Api;

/// <summary>An access token lives Api:AccessTokenMinutes (10) on the center's clock: it works until then and is 401 after.</summary>
public sealed class ApiTokenExpiryTests(FixedClockAppFactory app) : IClassFixture<FixedClockAppFactory>
{
    [Fact]
    public async Task A_token_works_for_ten_minutes_and_is_refused_after()
    {
        using var http = await ApiHttp.ClientAsync(app, scope: "catalog.read");
        var issued = app.Clock.Now;
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/catalog/bundles", TestContext.Current.CancellationToken)).StatusCode);

        app.Clock.Now = issued.AddMinutes(9);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/catalog/bundles", TestContext.Current.CancellationToken)).StatusCode);

        app.Clock.Now = issued.AddMinutes(11);
        var expired = await http.GetAsync("/api/v1/catalog/bundles", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal("application/problem+json", expired.Content.Headers.ContentType?.MediaType);

        // A new token from the same client works again.
        using var renewed = await ApiHttp.ClientAsync(app, scope: "catalog.read");
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/v1/catalog/bundles", TestContext.Current.CancellationToken)).StatusCode);
    }
}
