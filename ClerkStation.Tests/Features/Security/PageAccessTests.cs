using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ClerkStation.Tests.Features.Security;

/// <summary>Each role reaches exactly its pages: others are sent to "not allowed", signed-out visitors to the login page.</summary>
public sealed class PageAccessTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static readonly Dictionary<string, string[]> PageRoles = new()
    {
        ["/intake"] = ["clerk", "clerk2", "trainee"],
        ["/counter/online"] = ["clerk", "clerk2"],
        ["/counter/appointments"] = ["clerk", "clerk2", "supervisor"],
        ["/backoffice"] = ["reviewer.mz", "reviewer.rs"],
        ["/supervisor"] = ["supervisor"],
        // Clerks may open practice mode too (issue 6: "a trainee, or any clerk who chooses it").
        ["/training"] = ["clerk", "clerk2", "trainer", "trainee"],
        ["/admin"] = ["admin"],
        // The window choice after sign-in (ADR 0020): only those who sit at a window.
        ["/window/choose"] = ["clerk", "clerk2", "trainee"],
        // The city (issue 13): the comparison and a center's drill-in for the city supervisor, the centers for the city admin.
        ["/city"] = ["city"],
        ["/city/main"] = ["city"],
        ["/city/centers"] = ["cityadmin"],
    };

    private static readonly string[] Users = ["clerk", "reviewer.mz", "supervisor", "trainer", "trainee", "admin", "city", "cityadmin"];

    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in PageRoles.Keys)
        {
            foreach (var user in Users)
            {
                data.Add(page, user);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task A_role_reaches_exactly_its_pages(string page, string user)
    {
        var client = await HttpSignIn.SignedInAsync(app, user);
        var response = await client.GetAsync(page, TestContext.Current.CancellationToken);

        if (PageRoles[page].Contains(user))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/not-allowed", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/intake")]
    [InlineData("/backoffice")]
    [InlineData("/supervisor")]
    [InlineData("/training")]
    [InlineData("/admin")]
    [InlineData("/city/centers")]
    [InlineData("/print/case/ZS-20261122-0001")]
    public async Task A_signed_out_visitor_is_sent_to_the_login_page(string page)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(page, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Health_reports_the_database_and_the_loaded_catalog()
    {
        var body = await app.CreateClient().GetStringAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        Assert.Matches("catalog ok: \\d+ items, \\d+ departments, \\d+ bundles", body);
    }
}
