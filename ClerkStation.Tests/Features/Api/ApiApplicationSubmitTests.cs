using System.Net;
using ClerkStation.Infrastructure.Practice;
using Microsoft.EntityFrameworkCore;
using static ClerkStation.Tests.Features.Api.ApiApplicationRequests;

namespace ClerkStation.Tests.Features.Api;

/// <summary>POST /api/v1/applications over HTTP: a pre-application with a status and timeline, for a client with the write scope and only to it.</summary>
public sealed class ApiApplicationSubmitTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_valid_application_becomes_a_pre_application_with_a_status_and_timeline()
    {
        using var http = await ApiHttp.ClientAsync(app);
        await using var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
        var casesBefore = await db.Cases.CountAsync(Ct);
        var response = await PostAsync(http, Body(), Guid.NewGuid().ToString());
        var receipt = await ApiHttp.JsonAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.StartsWith("WS", receipt.GetProperty("number").GetString());
        Assert.Equal("Submitted", receipt.GetProperty("status").GetString());
        Assert.Equal("Online", receipt.GetProperty("channel").GetString());
        var status = await ApiHttp.JsonAsync(await http.GetAsync(response.Headers.Location, Ct));
        Assert.Equal("MZ-012", status.GetProperty("target").GetString());
        Assert.Equal("Submitted", status.GetProperty("timeline")[0].GetProperty("status").GetString());
        Assert.Equal(casesBefore, await db.Cases.CountAsync(Ct)); // not a case: the counter decides
        Assert.Equal("Submitted", (await db.PreApplications.SingleAsync(p => p.Number == receipt.GetProperty("number").GetString(), Ct)).Status.ToString());
    }

    [Fact]
    public async Task Submitting_needs_the_write_scope_and_reading_another_clients_application_is_404()
    {
        using var reader = await ApiHttp.ClientAsync(app, scope: "catalog.read applications.read");
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(reader, Body(), Guid.NewGuid().ToString())).StatusCode);

        using var demo = await ApiHttp.ClientAsync(app);
        var created = await PostAsync(demo, Body(), Guid.NewGuid().ToString());
        await using (var scope = app.ScopeFor(Actors.Admin))
        {
            var secret = await scope.ServiceProvider.GetRequiredService<Mediator.IMediator>().Send(
                new ClerkStation.Features.Admin.RegisterApiClient("other-" + Guid.NewGuid().ToString("N")[..8], "Other", ["applications.read"]), Ct);
            var clients = await scope.ServiceProvider.GetRequiredService<Mediator.IMediator>().Send(new ClerkStation.Features.Admin.ListApiClients(), Ct);
            using var other = await ApiHttp.ClientAsync(app, clients.First(c => c.ClientId.StartsWith("other-", StringComparison.Ordinal)).ClientId, secret);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(created.Headers.Location, Ct)).StatusCode);
        }
    }
}
