using System.Text;
using Microsoft.AspNetCore.Http;

namespace ClerkStation.Tests.Security;

/// <summary>
/// What an outside probe sends, at every route the app has (read from its endpoint table, so a new page is covered the
/// day it is added), signed out and as each demo role: no answer is a 500, and no redirect leaves the site.
/// </summary>
public sealed partial class HostileInputTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    public static TheoryData<string> Identities() => new("", "clerk", "reviewer.mz", "supervisor", "trainer", "trainee", "admin");

    [Fact]
    public void The_route_table_is_read()
    {
        var routes = Routes().Select(r => r.Pattern).ToList();
        Assert.Contains("/backoffice/case/{Number}", routes);
        Assert.Contains("/supervisor/statistics.csv", routes);
        Assert.Contains("/culture/set", routes);
        Assert.Contains("returnUrl", QueryNames(), StringComparer.OrdinalIgnoreCase);
        Assert.Contains("department", QueryNames());
    }

    [Theory]
    [MemberData(nameof(Identities))]
    public async Task Hostile_route_values_and_queries_never_crash(string user)
    {
        var client = await ClientAsync(user);
        var urls = new List<string>();
        foreach (var route in Routes().Where(r => r.Methods.Contains("GET")))
        {
            if (user.Length > 0 && await RefusedAsync(client, route.Pattern))
            {
                continue; // refused at the door before any value is read: the signed-out run sends it every value
            }

            if (route.Pattern.Contains('{'))
            {
                urls.AddRange(HostileValues.Values.Select(v => Fill(route.Pattern, HostileValues.Segment(v))));
                urls.AddRange(HostileValues.RawSegments.Select(v => Fill(route.Pattern, v)));
            }
            else
            {
                urls.AddRange(HostileValues.Values.Concat(HostileValues.ReturnUrls)
                    .Select(v => route.Pattern + "?" + string.Join("&", QueryNames().Select(n => n + "=" + Uri.EscapeDataString(v)))));
                urls.AddRange(HostileValues.RawSegments.Select(v => route.Pattern + "?" + string.Join("&", QueryNames().Select(n => n + "=" + v))));
            }
        }

        var failures = new List<string>();
        foreach (var chunk in urls.Chunk(8))
        {
            var responses = await Task.WhenAll(chunk.Select(async url => (url, response: await GetAsync(client, url))));
            failures.AddRange(responses.Where(r => r.response is not null && !Acceptable(r.response)).Select(r => $"{(int)r.response!.StatusCode} GET {Shorten(r.url)} → {r.response.Headers.Location}"));
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {urls.Count} requests as '{user}' failed:\n" + string.Join("\n", failures.Take(40)));
    }

    [Theory]
    [MemberData(nameof(Identities))]
    public async Task Hostile_form_posts_never_crash(string user)
    {
        var client = await ClientAsync(user);
        var token = await HttpSignIn.TokenAsync(client);
        var failures = new List<string>();
        foreach (var (path, formName, fields) in Forms())
        {
            foreach (var value in HostileValues.Values.Select(Uri.EscapeDataString).Concat(HostileValues.RawSegments))
            {
                var body = $"__RequestVerificationToken={Uri.EscapeDataString(token)}&_handler={formName}&" + string.Join("&", fields.Select(f => f + "=" + value));
                var response = await client.PostAsync(path, new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded"), TestContext.Current.CancellationToken);
                if (!Acceptable(response))
                {
                    failures.Add($"{(int)response.StatusCode} POST {path} {Shorten(value)}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Hostile_sign_in_posts_never_crash()
    {
        var client = HttpSignIn.Client(app);
        var token = Uri.EscapeDataString(await HttpSignIn.TokenAsync(client));
        var values = HostileValues.Values.Select(Uri.EscapeDataString).Concat(HostileValues.RawSegments).Append(new string('x', 5_000_000)).ToList();
        var failures = new List<string>();
        foreach (var value in values)
        {
            foreach (var body in new[]
            {
                $"__RequestVerificationToken={token}&userName={value}&password=x&returnUrl={value}",
                $"__RequestVerificationToken={token}&userName=reviewer.rs&password={value}",
                $"userName={value}&password={value}",
                $"__RequestVerificationToken={value}&userName=reviewer.rs&password=x",
            })
            {
                var response = await client.PostAsync("/account/login", new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded"), TestContext.Current.CancellationToken);
                if (!Acceptable(response))
                {
                    failures.Add($"{(int)response.StatusCode} POST /account/login {Shorten(body)}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData(".AspNetCore.Culture=c%3D%00%7Cuic%3D..%2F..")]
    [InlineData(".AspNetCore.Culture=c=x-" + "\u202E")]
    [InlineData("ClerkStation.Auth=CfDJ8garbage%ED%A0%80")]
    [InlineData(".AspNetCore.Antiforgery.x=%00%00")]
    public async Task Hostile_cookies_never_crash(string cookie)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        foreach (var path in new[] { "/login", "/intake", "/track", "/culture/set?culture=en-US&returnUrl=/" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("Cookie", cookie);
            var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.True(Acceptable(response), $"{(int)response.StatusCode} GET {path} with cookie {cookie}");
        }
    }
}
