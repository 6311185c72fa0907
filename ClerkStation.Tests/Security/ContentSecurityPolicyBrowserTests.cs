using ClerkStation.Domain.Cases;
using ClerkStation.Features.Ratings;
using ClerkStation.Tests.EndToEnd.Supervisor;
using Microsoft.Playwright;

namespace ClerkStation.Tests.Security;

/// <summary>
/// The Content-Security-Policy in a real Chromium: every main screen loads, becomes interactive and reports no
/// violation — live connection, MudBlazor, charts, printing and QR codes included.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyBrowserTests(BrowserAppFixture app)
{
    // Runs before any page script (through the debugger protocol, so the policy does not apply to it).
    private const string Recorder = """
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
        window.print = () => { window.__printed = true; };
        """;

    [Fact]
    public async Task No_screen_reports_a_policy_violation()
    {
        var (delivered, token) = await DeliveredWithInvitationAsync();
        var routed = await SupervisorE2E.SeedCaseAsync(app.Factory, "mz");
        var screens = new (string? User, string[] Paths)[]
        {
            (null, ["/login", "/track", "/rate/" + token, "/rate/not-a-token"]),
            ("clerk", ["/intake", "/counter", $"/print/case/{delivered.Number}", $"/print/delivery/{delivered.Number}"]),
            ("reviewer.mz", ["/backoffice", $"/backoffice/case/{routed.Number}"]),
            ("supervisor", ["/supervisor", "/supervisor/statistics"]),
            ("trainer", ["/training"]),
            ("admin", ["/admin"]),
        };

        var problems = new List<string>();
        foreach (var (user, paths) in screens)
        {
            var page = await app.Browser.NewPageAsync(app.Factory.BaseAddress);
            await page.Context.AddInitScriptAsync(Recorder);
            page.Console += (_, m) =>
            {
                if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.Text.Contains("Refused to", StringComparison.Ordinal))
                {
                    problems.Add($"{page.Url}: {m.Text}");
                }
            };
            page.PageError += (_, e) => problems.Add($"{page.Url}: page error {e}");
            if (user is not null)
            {
                await page.LoginAsync(user);
            }

            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                if (await page.Locator("[data-interactive]").CountAsync() > 0)
                {
                    await page.WaitForInteractiveAsync();
                }

                var violations = await page.EvaluateAsync<string[]>("window.__csp");
                problems.AddRange(violations.Select(v => $"{path}: {v}"));
            }

            await page.Context.CloseAsync();
        }

        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_print_button_and_the_rating_qr_code_work()
    {
        var (delivered, _) = await DeliveredWithInvitationAsync();
        var page = await app.Browser.NewPageAsync(app.Factory.BaseAddress);
        await page.Context.AddInitScriptAsync(Recorder);
        await page.LoginAsync("clerk");
        await page.GotoAsync($"/print/delivery/{delivered.Number}");

        var qr = page.Locator("img[src^='data:image/png']");
        await qr.WaitForAsync();
        Assert.True(await qr.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the QR code did not load");

        await page.Locator("[data-print]").ClickAsync();
        Assert.True(await page.EvaluateAsync<bool>("window.__printed === true"), "the print button did not print");
        Assert.Empty(await page.EvaluateAsync<string[]>("window.__csp"));
        await page.Context.CloseAsync();
    }

    private async Task<(Case Case, string Token)> DeliveredWithInvitationAsync()
    {
        var delivered = await SupervisorE2E.SeedCaseAsync(app.Factory, "mz", instant: true);
        var clerk = await app.Factory.SignedInAsync("clerk");
        var invitation = await app.Factory.SendAsync(clerk, new CreateRatingInvitation(delivered.Id));
        return (delivered, invitation.Token);
    }
}

/// <summary>Behind a reverse proxy on the same machine: X-Forwarded-Proto makes the app treat the request as HTTPS.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ForwardedHeadersTests(BrowserAppFixture app)
{
    [Fact]
    public async Task A_request_forwarded_as_https_gets_hsts_and_secure_cookies()
    {
        using var client = new HttpClient { BaseAddress = new Uri(app.Factory.BaseAddress) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/login");
        request.Headers.Host = "clerk.example";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.StartsWith("max-age=", SecurityHeadersTests.Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
        SecurityHeadersTests.AssertSecureCookies(response);
    }
}
