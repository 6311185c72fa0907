using System.Net;
using System.Text.Json;
using ClerkStation.Infrastructure.Practice;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Api;

/// <summary>Client credentials at /connect/token, bearer tokens on /api/v1, scopes, and the audit of every call — over HTTP.</summary>
public sealed class ApiTokenTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_client_gets_a_short_lived_bearer_token_with_its_scopes()
    {
        using var http = app.CreateClient();
        var response = await ApiHttp.RequestTokenAsync(http, ApiHttp.DemoClient, ApiHttp.DemoSecret);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.InRange(body.GetProperty("expires_in").GetInt32(), 60, 600);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("access_token").GetString()));
    }

    [Fact]
    public async Task A_wrong_secret_gets_no_token()
    {
        using var http = app.CreateClient();
        var response = await ApiHttp.RequestTokenAsync(http, ApiHttp.DemoClient, "not-the-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Without_a_token_the_api_answers_401_with_a_problem_document()
    {
        using var http = app.CreateClient();
        var response = await http.GetAsync("/api/v1/catalog/items", Ct);

        ApiHttp.AssertProblem(response, HttpStatusCode.Unauthorized);
        Assert.Equal(401, (await ApiHttp.JsonAsync(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_staff_cookie_opens_nothing_in_the_api()
    {
        using var admin = await app.SignedInClientAsync("admin");
        var response = await admin.GetAsync("/api/v1/catalog/items", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_outside_the_scope_is_403()
    {
        using var http = await ApiHttp.ClientAsync(app, scope: "applications.read");
        var response = await http.GetAsync("/api/v1/catalog/items", Ct);

        ApiHttp.AssertProblem(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_scope_the_client_does_not_hold_is_refused_at_the_token_endpoint()
    {
        using var http = app.CreateClient();
        var response = await ApiHttp.RequestTokenAsync(http, ApiHttp.DemoClient, ApiHttp.DemoSecret, "admin.everything");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Catalog_items_carry_their_form_definition_and_materials()
    {
        using var http = await ApiHttp.ClientAsync(app, scope: "catalog.read");
        var items = await ApiHttp.JsonAsync(await http.GetAsync("/api/v1/catalog/items", Ct));
        Assert.True(items.GetArrayLength() > 100);
        var code = items[0].GetProperty("code").GetString();

        var item = await ApiHttp.JsonAsync(await http.GetAsync($"/api/v1/catalog/items/{code}", Ct));

        Assert.Equal(code, item.GetProperty("code").GetString());
        Assert.True(item.GetProperty("form").GetArrayLength() > 0);
        Assert.True(item.GetProperty("materials").GetArrayLength() > 0);
        Assert.False(string.IsNullOrEmpty(item.GetProperty("form")[0].GetProperty("label").GetProperty("zh").GetString()));
        var bundles = await ApiHttp.JsonAsync(await http.GetAsync("/api/v1/catalog/bundles", Ct));
        Assert.True(bundles.GetArrayLength() > 0);
    }

    [Fact]
    public async Task An_unknown_item_code_is_a_404_problem()
    {
        using var http = await ApiHttp.ClientAsync(app, scope: "catalog.read");
        var response = await http.GetAsync("/api/v1/catalog/items/NO-SUCH-ITEM", Ct);

        ApiHttp.AssertProblem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Every_call_is_audited_with_the_clients_name()
    {
        using var http = await ApiHttp.ClientAsync(app);
        await http.GetAsync("/api/v1/catalog/bundles", Ct);
        using var anonymous = app.CreateClient();
        await anonymous.GetAsync("/api/v1/catalog/bundles?anonymous=1", Ct);

        await using var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
        var rows = await db.AuditEntries.Where(a => a.Action == "api GET /api/v1/catalog/bundles").ToListAsync(Ct);
        Assert.Contains(rows, r => r.UserId == "api:demo" && r.UserName.Contains("Demo client", StringComparison.Ordinal) && r.Succeeded && r.Detail == "200");
        Assert.Contains(rows, r => r.UserId == string.Empty && !r.Succeeded && r.Detail == "401");
    }
}
