using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ClerkStation.Tests.Support;

/// <summary>Signs in over HTTP the way the login page's form does (antiforgery token included), without a browser.</summary>
public static partial class HttpSignIn
{
    public const string DemoPassword = "Demo!2026";

    /// <summary>A cookie-keeping client that does not follow redirects, so tests see every Location.</summary>
    public static HttpClient Client(WebApplicationFactory<Program> app, string baseAddress = "http://localhost") =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) });

    /// <summary>Posts the login form (fetching a fresh token first) and returns the raw response.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password, string returnUrl = "/")
    {
        var token = await TokenAsync(client);
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
        }), TestContext.Current.CancellationToken);
    }

    /// <summary>A client signed in as <paramref name="user"/> with the demo password.</summary>
    public static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> app, string user)
    {
        var client = Client(app);
        var response = await PostLoginAsync(client, user, DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        return client;
    }

    /// <summary>A client signed in as <paramref name="user"/>, for tests written against the factory.</summary>
    public static Task<HttpClient> SignedInClientAsync(this ClerkAppFactory app, string user) => SignedInAsync(app, user);

    /// <summary>The error code the login endpoint redirected with (invalid, locked, throttled …), or null on success.</summary>
    public static string? ErrorOf(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        var match = ErrorPattern().Match(location);
        return match.Success ? match.Groups[1].Value : null;
    }

    public static async Task<string> TokenAsync(HttpClient client)
    {
        var loginPage = await client.GetStringAsync("/login", TestContext.Current.CancellationToken);
        return WebUtility.HtmlDecode(TokenPattern().Match(loginPage).Groups[1].Value);
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("[?&]error=([a-z]+)")]
    private static partial Regex ErrorPattern();
}
