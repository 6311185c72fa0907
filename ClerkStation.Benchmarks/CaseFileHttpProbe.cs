using System.Net;
using System.Text.RegularExpressions;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.CaseFile;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Practice;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Benchmarks;

/// <summary>
/// The thumbnail over HTTP, as the counter's and the review page's &lt;img&gt; load it: the app on Kestrel (own
/// composition root, demo accounts, real cookie sign-in), N page thumbnails stored for the demo clerk, then
/// GET /casefile/pages/{id}?thumb=1 with the clerk's cookie, one request at a time, over a kept-alive connection.
/// </summary>
public static partial class CaseFileHttpProbe
{
    public static async Task<Samples> RunAsync(string folder, int requests)
    {
        await using var app = BenchApp.Build(Path.Combine(folder, "http.db"), actor: null, builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration["Demo:Enabled"] = "true";
            builder.Configuration["CaseFile:Root"] = Path.Combine(folder, "http-files");
            builder.Configuration["CaseFile:PracticeRoot"] = Path.Combine(folder, "http-practice-files");
        });
        app.UseClerkStation();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var pages = await StorePagesAsync(app.Services, 20);

        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(address) };
        await SignInAsync(client, "clerk");
        var samples = new Samples();
        for (var i = 0; i < requests + 50; i++)
        {
            var sample = i < 50 ? new Samples() : samples; // warm-up: JIT, connection, first reads
            await sample.TimeAsync(async () =>
            {
                using var response = await client.GetAsync(CaseFileEndpoints.UrlFor(pages[i % pages.Count], thumbnail: true));
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "image/jpeg")
                {
                    throw new InvalidOperationException($"thumbnail: {(int)response.StatusCode} {response.Content.Headers.ContentType}");
                }
                return (await response.Content.ReadAsByteArrayAsync()).Length;
            });
        }

        await app.StopAsync();
        return samples;
    }

    /// <summary>Draft pages of the demo clerk (who may see them: the uploader), each a different 1600×1200 photo.</summary>
    private static async Task<List<Guid>> StorePagesAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync("clerk")
            ?? throw new InvalidOperationException("demo clerk missing");
        var clerk = Actor.Create(user.Id, user.DisplayName, [StaffRole.Clerk]);
        var store = scope.ServiceProvider.GetRequiredService<CaseFileStore>();
        var root = store.RootFor(WorkspaceKind.Production);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync();
        var key = Guid.NewGuid();
        var pages = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var file = await store.StoreAsync(root, new MemoryStream(CaseFileProbe.Photo(1600, 1200, seed: 100 + i)), store.Options.MaxFileBytes, CancellationToken.None);
            var page = MaterialPage.Of(file, key, null, "id-card", i + 1, clerk, DateTimeOffset.UtcNow);
            db.Set<MaterialPage>().Add(page);
            pages.Add(page.Id);
        }
        await db.SaveChangesAsync();
        return pages;
    }

    private static async Task SignInAsync(HttpClient client, string user)
    {
        var login = await client.GetStringAsync("/login");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(login).Groups[1].Value);
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["userName"] = user,
            ["password"] = Infrastructure.Seeding.DemoAccounts.Password,
            ["returnUrl"] = "/",
        }));
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != "/")
        {
            throw new InvalidOperationException($"sign-in as {user}: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
