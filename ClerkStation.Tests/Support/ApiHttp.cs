using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ClerkStation.Tests.Support;

/// <summary>Talks to the public API the way an integrator does: a client-credentials token, then bearer calls.</summary>
public static class ApiHttp
{
    public const string DemoClient = "demo";
    public const string DemoSecret = "Demo!2026";

    public static Task<HttpResponseMessage> RequestTokenAsync(HttpClient http, string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        return http.PostAsync("/connect/token", new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
    }

    public static async Task<string> TokenAsync(HttpClient http, string clientId = DemoClient, string secret = DemoSecret, string? scope = null)
    {
        var response = await RequestTokenAsync(http, clientId, secret, scope);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>A client of the app carrying a bearer token of <paramref name="clientId"/>.</summary>
    public static async Task<HttpClient> ClientAsync(WebApplicationFactory<Program> app, string clientId = DemoClient, string secret = DemoSecret, string? scope = null)
    {
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = await TokenAsync(http, clientId, secret, scope);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken));

    /// <summary>The API refused with this status and a problem document (RFC 9457) as the body.</summary>
    public static void AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
