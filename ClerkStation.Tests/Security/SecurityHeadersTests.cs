using System.Text.RegularExpressions;

namespace ClerkStation.Tests.Security;

/// <summary>Browser-side defences on every page: no sniffing, no referrer, a CSP with no inline script, HSTS and Secure cookies over HTTPS.</summary>
public sealed partial class SecurityHeadersTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    [Theory]
    [InlineData(null, "/login")]
    [InlineData(null, "/track")]
    [InlineData(null, "/not-found")]
    [InlineData("clerk", "/intake")]
    [InlineData("supervisor", "/supervisor/statistics")]
    [InlineData("admin", "/admin")]
    [InlineData("clerk", "/print/case/ZS-20261122-0001")]
    public async Task Pages_send_the_headers_and_carry_no_unlisted_inline_script(string? user, string path)
    {
        var client = user is null ? HttpSignIn.Client(app) : await HttpSignIn.SignedInAsync(app, user);
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Contains(Header(response, "Referrer-Policy"), new[] { "no-referrer", "strict-origin-when-cross-origin" });
        var csp = Directives(Header(response, "Content-Security-Policy"));
        Assert.Equal("'none'", csp["frame-ancestors"]);
        Assert.Equal("'self'", csp["base-uri"]);
        Assert.Equal("'self'", csp["form-action"]);
        Assert.Equal("'self'", csp["connect-src"]);
        Assert.Equal("'none'", csp["object-src"]);
        Assert.StartsWith("'self'", csp["script-src"], StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp["script-src"], StringComparison.Ordinal);
        var nonce = NoncePattern().Match(csp["script-src"]).Groups[1].Value;

        foreach (Match script in ScriptPattern().Matches(html))
        {
            var tag = script.Groups[1].Value;
            Assert.True(tag.Contains("src=", StringComparison.Ordinal) || (nonce.Length > 0 && tag.Contains($"nonce=\"{nonce}\"", StringComparison.Ordinal)), $"inline script without the nonce on {path}: <script{tag}>");
        }

        Assert.DoesNotMatch(InlineHandlerPattern(), html);
    }

    [Fact]
    public async Task Each_page_gets_its_own_nonce()
    {
        var client = HttpSignIn.Client(app);
        var first = Header(await client.GetAsync("/login", TestContext.Current.CancellationToken), "Content-Security-Policy");
        var second = Header(await client.GetAsync("/login", TestContext.Current.CancellationToken), "Content-Security-Policy");
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Over_https_the_app_sends_hsts_and_marks_every_cookie_secure()
    {
        var client = HttpSignIn.Client(app, "https://clerk.example");
        var login = await client.GetAsync("/login", TestContext.Current.CancellationToken);
        Assert.StartsWith("max-age=", Header(login, "Strict-Transport-Security"), StringComparison.Ordinal);
        AssertSecureCookies(login);

        AssertSecureCookies(await HttpSignIn.PostLoginAsync(client, "clerk", HttpSignIn.DemoPassword));
        AssertSecureCookies(await client.GetAsync("/culture/set?culture=en-US&returnUrl=/", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Over_plain_http_there_is_no_hsts()
    {
        var response = await HttpSignIn.Client(app, "http://clerk.example").GetAsync("/login", TestContext.Current.CancellationToken);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    internal static void AssertSecureCookies(HttpResponseMessage response)
    {
        Assert.True(response.Headers.TryGetValues("Set-Cookie", out var cookies), "no cookie set");
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    internal static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} missing on {response.RequestMessage?.RequestUri}");

    private static Dictionary<string, string> Directives(string csp) =>
        csp.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : string.Empty);

    [GeneratedRegex("<script([^>]*)>")]
    private static partial Regex ScriptPattern();

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NoncePattern();

    [GeneratedRegex("\\son(click|load|error|submit|change)=\"", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandlerPattern();
}
