using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;

namespace ClerkStation.Tests.Security;

/// <summary>
/// The probe's plumbing: the app's routes, query names and forms read from its endpoint table, and what counts as an
/// acceptable answer.
/// </summary>
public sealed partial class HostileInputTests
{
    /// <summary>
    /// The test server refuses to build a request whose decoded path holds NUL (Kestrel answers such a request line with
    /// its own 400 before the app sees it): those few are not sent.
    /// </summary>
    private static async Task<HttpResponseMessage?> GetAsync(HttpClient client, string url)
    {
        try
        {
            return await client.GetAsync(url, TestContext.Current.CancellationToken);
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("null characters", StringComparison.Ordinal))
        {
            return null;
        }
    }

    /// <summary>
    /// A route this identity may not open is refused by the authorization middleware before its route values or query
    /// are bound, the same way for every value: one plain request tells, and the signed-out run sends it the hostile values.
    /// </summary>
    private static async Task<bool> RefusedAsync(HttpClient client, string pattern)
    {
        var response = await GetAsync(client, Fill(pattern, "x"));
        if (response is null)
        {
            return false;
        }

        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        return response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            || location.Contains("/login", StringComparison.OrdinalIgnoreCase)
            || location.Contains("/not-allowed", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Acceptable(HttpResponseMessage response)
    {
        if ((int)response.StatusCode >= 500)
        {
            return false;
        }

        try
        {
            HostileValues.AssertStaysOnSite(response);
            return true;
        }
        catch (Xunit.Sdk.XunitException)
        {
            return false;
        }
    }

    private async Task<HttpClient> ClientAsync(string user) => user.Length == 0 ? HttpSignIn.Client(app) : await HttpSignIn.SignedInAsync(app, user);

    private IEnumerable<(string Pattern, string[] Methods)> Routes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Pattern: "/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'),
                Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToArray() ?? ["GET"]))
            .Where(r => !r.Pattern.StartsWith("/_", StringComparison.Ordinal) && !StaticFile().IsMatch(r.Pattern) && !r.Pattern.Contains("/__test/", StringComparison.Ordinal))
            .GroupBy(r => r.Pattern)
            .Select(g => (g.Key, g.SelectMany(r => r.Methods).Distinct().ToArray()));

    /// <summary>
    /// Every query parameter a page or endpoint reads: [SupplyParameterFromQuery] properties and minimal-API arguments.
    /// </summary>
    private string[] QueryNames()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            .Select(p => (p, a: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(x => x.a is not null)
            .Select(x => x.a!.Name ?? x.p.Name);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .SelectMany(e => e.Metadata.OfType<MethodInfo>())
            .SelectMany(m => m.GetParameters())
            .Where(p => p.ParameterType == typeof(string) || Nullable.GetUnderlyingType(p.ParameterType) is not null)
            .Select(p => p.Name!);
        return pages.Concat(endpoints).Distinct(StringComparer.OrdinalIgnoreCase).Order().ToArray();
    }

    /// <summary>Every static-SSR form a page accepts: its route, form name and field names.</summary>
    private static IEnumerable<(string Path, string FormName, string[] Fields)> Forms() =>
        typeof(Program).Assembly.GetTypes()
            .Select(t => (t, route: t.GetCustomAttribute<RouteAttribute>()))
            .Where(x => x.route is not null)
            .SelectMany(x => x.t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Select(p => (p, a: p.GetCustomAttribute<SupplyParameterFromFormAttribute>()))
                .Where(f => f.a is not null)
                .Select(f => (Fill(x.route!.Template, "x"), f.a!.FormName ?? string.Empty,
                    f.p.PropertyType.GetProperties().Select(sub => $"{f.a.Name ?? f.p.Name}.{sub.Name}").ToArray())));

    private static string Fill(string pattern, string value) => RouteParameter().Replace(pattern, value);

    private static string Shorten(string s) => s.Length > 120 ? s[..120] + $"…({s.Length})" : s;

    [GeneratedRegex("\\{[^}]+\\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("\\.(css|js|mjs|png|ico|json|map|gz|br|woff2?|txt|svg|html|webmanifest)$", RegexOptions.IgnoreCase)]
    private static partial Regex StaticFile();
}
