using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ClerkStation.Tests.Features.Security;

/// <summary>
/// Pages that need no live connection (sign-in, the public tracking and rating pages, printouts) are static server
/// rendering: they hold no Blazor circuit, so a visitor or a print costs the server no memory once the response is sent.
/// An interactive page would carry a `&lt;!--Blazor:{"type":"server"…` marker from which blazor.web.js starts a circuit.
/// </summary>
public sealed class StaticPageTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private const string CircuitMarker = "<!--Blazor:{\"type\":\"server\"";

    [Theory]
    [InlineData("/login")]
    [InlineData("/track")]
    [InlineData("/rate/no-such-token")]
    public async Task A_public_page_is_plain_html_without_a_circuit(string path)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(CircuitMarker, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/print/case/ZS-20261122-0001")]
    [InlineData("/print/decision/GZ-20261122-0001")]
    [InlineData("/print/delivery/ZS-20261122-0001")]
    public async Task A_printout_is_plain_html_without_a_circuit(string path)
    {
        var client = await app.SignedInClientAsync("clerk");
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(CircuitMarker, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_counter_itself_is_interactive_so_the_marker_is_what_a_circuit_looks_like()
    {
        var client = await app.SignedInClientAsync("clerk");
        var body = await client.GetStringAsync("/intake", TestContext.Current.CancellationToken);

        Assert.Contains(CircuitMarker, body, StringComparison.Ordinal);
    }
}
