using System.Net;
using ClerkStation.Features.Admin;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;

namespace ClerkStation.Tests.Features.Api;

/// <summary>Only the admin registers API clients; the secret works once shown, rotation and disabling take effect at the token endpoint.</summary>
public sealed class ApiClientAdministrationTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_registered_client_gets_tokens_with_its_secret_until_rotated_or_disabled()
    {
        var secret = await app.SendAsync(Actors.Admin, m => m.Send(new RegisterApiClient("county-system", "县政务系统", ["catalog.read"]), Ct));
        using var http = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await ApiHttp.RequestTokenAsync(http, "county-system", secret)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ApiHttp.RequestTokenAsync(http, "county-system", secret, "applications.write")).StatusCode);
        var listed = await app.SendAsync(Actors.Admin, m => m.Send(new ListApiClients(), Ct));
        Assert.Contains(listed, c => c is { ClientId: "county-system", Name: "县政务系统", Enabled: true } && c.Scopes.SequenceEqual(["catalog.read"]));

        var rotated = await app.SendAsync(Actors.Admin, m => m.Send(new RotateApiClientSecret("county-system"), Ct));
        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiHttp.RequestTokenAsync(http, "county-system", secret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ApiHttp.RequestTokenAsync(http, "county-system", rotated)).StatusCode);

        await app.SendAsync(Actors.Admin, m => m.Send(new SetApiClientEnabled("county-system", false), Ct));
        Assert.False((await ApiHttp.RequestTokenAsync(http, "county-system", rotated)).IsSuccessStatusCode);
        await app.SendAsync(Actors.Admin, m => m.Send(new SetApiClientEnabled("county-system", true), Ct));
        Assert.Equal(HttpStatusCode.OK, (await ApiHttp.RequestTokenAsync(http, "county-system", rotated)).StatusCode);
    }

    [Fact]
    public async Task A_bad_registration_is_refused_with_field_problems()
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(async () =>
            await app.SendAsync(Actors.Admin, m => m.Send(new RegisterApiClient("Bad Id!", " ", ["root"]), Ct)));
        Assert.Equal(["clientId", "name", "scopes"], refused.Problems.Select(p => p.Path).Order());
        await Assert.ThrowsAsync<RequestValidationException>(async () =>
            await app.SendAsync(Actors.Admin, m => m.Send(new RegisterApiClient("demo", "again", ["catalog.read"]), Ct)));
    }

    [Theory]
    [InlineData("clerk")]
    [InlineData("supervisor")]
    [InlineData("api")]
    public async Task Nobody_but_the_admin_registers_or_rotates(string who)
    {
        var actor = who == "api" ? Actors.ApiClient : Actors.All.First(a => a.DisplayName.Length > 0 && a.Roles.Any(r => r.ToString().Equals(who, StringComparison.OrdinalIgnoreCase)));
        await Assert.ThrowsAsync<AccessDeniedException>(async () => await app.SendAsync(actor, m => m.Send(new RegisterApiClient("sneaky", "x", ["catalog.read"]), Ct)));
        await Assert.ThrowsAsync<AccessDeniedException>(async () => await app.SendAsync(actor, m => m.Send(new RotateApiClientSecret("demo"), Ct)));
        await Assert.ThrowsAsync<AccessDeniedException>(async () => await app.SendAsync(actor, m => m.Send(new ListApiClients(), Ct)));
    }

    [Fact]
    public async Task The_admin_page_lists_the_clients_and_no_one_else_may_open_it()
    {
        using var clerk = await app.SignedInClientAsync("clerk");
        var refused = await clerk.GetAsync("/admin", Ct);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }
}
