using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;

namespace ClerkStation.Tests.Features.Api;

/// <summary>/openapi/v1.json lists every /api/v1 endpoint with its request and response schemas, and nothing of the staff app.</summary>
public sealed class OpenApiDocumentTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    [Fact]
    public async Task The_document_lists_every_api_endpoint_with_schemas()
    {
        using var http = app.CreateClient();
        var response = await http.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        var paths = document.GetProperty("paths");

        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .Select(e => (Path: e.RoutePattern.RawText!.TrimEnd('/').Replace("{id:guid}", "{id}", StringComparison.Ordinal),
                Method: e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Single().ToLowerInvariant()))
            .ToList();
        Assert.True(mapped.Count >= 5, $"only {mapped.Count} endpoints mapped");
        Assert.Equal(mapped.Select(m => m.Path).Distinct().Order(), paths.EnumerateObject().Select(p => p.Name).Order());
        foreach (var (path, method) in mapped)
        {
            var operation = paths.GetProperty(path).GetProperty(method);
            var ok = operation.GetProperty("responses").EnumerateObject().First(r => r.Name.StartsWith('2')).Value;
            Assert.True(ok.GetProperty("content").GetProperty("application/json").TryGetProperty("schema", out _), $"{method} {path} has no response schema");
            if (method == "post")
            {
                Assert.True(operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").TryGetProperty("schema", out _), $"{path} has no request schema");
            }
        }

        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.TryGetProperty("ApiApplicationRequest", out _));
        Assert.True(schemas.TryGetProperty("ApiCatalogTarget", out _));
        Assert.True(paths.GetProperty("/api/v1/applications").GetProperty("post").GetProperty("responses").TryGetProperty("409", out _));
        Assert.True(paths.GetProperty("/api/v1/appointments").GetProperty("post").GetProperty("responses").TryGetProperty("409", out _));
        Assert.True(paths.GetProperty("/api/v1/tickets").GetProperty("post").GetProperty("responses").TryGetProperty("401", out _));
        Assert.True(schemas.TryGetProperty("ApiTicketRequest", out _));
    }

    [Fact]
    public async Task The_document_states_the_bearer_scheme_every_call_needs()
    {
        using var http = app.CreateClient();
        var document = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken)).RootElement;

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.Contains("/connect/token", scheme.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(document.GetProperty("security")[0].TryGetProperty("Bearer", out _), "the whole API requires the bearer scheme");
    }

    [Fact]
    public async Task The_api_reference_page_is_served_anonymously_in_demo_mode_and_only_its_path_allows_inline_scripts()
    {
        using var http = app.CreateClient();
        var response = await http.GetAsync("/api/reference/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("openapi/v1.json", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("script-src 'self' 'unsafe-inline'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        var login = await http.GetAsync("/login", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("'unsafe-inline'", Assert.Single(login.Headers.GetValues("Content-Security-Policy")).Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
