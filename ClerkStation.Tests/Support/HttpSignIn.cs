using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ClerkStation.Tests.Support;

/// <summary>An HTTP client signed in through the login form, as a browser would be (cookies, antiforgery token).</summary>
public static partial class HttpSignIn
{
    public static async Task<HttpClient> SignedInClientAsync(this ClerkAppFactory app, string user, string password = "Demo!2026")
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var loginPage = await client.GetStringAsync("/login", TestContext.Current.CancellationToken);
        var token = WebUtility.HtmlDecode(TokenPattern().Match(loginPage).Groups[1].Value);
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["userName"] = user,
            ["password"] = password,
            ["returnUrl"] = "/",
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
