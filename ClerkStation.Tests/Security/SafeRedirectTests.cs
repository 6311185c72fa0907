using System.Net;

namespace ClerkStation.Tests.Security;

/// <summary>Every endpoint that takes a return address sends the browser back inside the app, or home; never a 500.</summary>
public sealed class SafeRedirectTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    public static TheoryData<string> Hostile() => new(HostileValues.ReturnUrls);

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task The_language_switch_stays_on_the_site(string returnUrl)
    {
        var client = HttpSignIn.Client(app);
        var response = await client.GetAsync("/culture/set?culture=en-US&returnUrl=" + Uri.EscapeDataString(returnUrl), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        HostileValues.AssertStaysOnSite(response);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Signing_in_stays_on_the_site(string returnUrl)
    {
        var client = HttpSignIn.Client(app);
        var response = await HttpSignIn.PostLoginAsync(client, "supervisor", HttpSignIn.DemoPassword, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // A NUL anywhere makes the whole form unreadable (a 500 on main): the antiforgery check cannot find its token
        // and the post goes back to the login page ("expired"), never followed.
        Assert.Equal(returnUrl.Contains('\0') ? "expired" : null, HttpSignIn.ErrorOf(response));
        HostileValues.AssertStaysOnSite(response);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_failed_sign_in_stays_on_the_site(string returnUrl)
    {
        var client = HttpSignIn.Client(app);
        var response = await HttpSignIn.PostLoginAsync(client, "clerk2", "wrong-password", returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        HostileValues.AssertStaysOnSite(response);
        var next = await client.GetAsync(response.Headers.Location, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task A_user_name_with_nul_is_an_ordinary_failure()
    {
        var client = HttpSignIn.Client(app);
        var response = await HttpSignIn.PostLoginAsync(client, "super\0visor", HttpSignIn.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(HttpSignIn.ErrorOf(response), new[] { "invalid", "expired" });
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("ClerkStation.Auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_good_return_address_is_kept()
    {
        var client = HttpSignIn.Client(app);
        var response = await HttpSignIn.PostLoginAsync(client, "supervisor", HttpSignIn.DemoPassword, "/supervisor/statistics?x=1");
        Assert.Equal("/supervisor/statistics?x=1", response.Headers.Location!.OriginalString);
    }
}
