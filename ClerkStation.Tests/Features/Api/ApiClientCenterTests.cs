using System.Net;
using System.Text;
using System.Text.Json;
using ClerkStation.Features.Admin;
using ClerkStation.Features.OnlineApplications;
using ClerkStation.Features.Webhooks;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Practice;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Api;

/// <summary>
/// An API client belongs to the center of the admin who registers it: its applications land in that center's counter
/// list, and another center's admin neither sees nor manages it.
/// </summary>
public sealed class ApiClientCenterTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private const int Gaoting = TestCenters.Gaoting;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Body() => new(JsonSerializer.Serialize(new
    {
        target = "MZ-012",
        channel = "Online",
        applicant = new { kind = "Person", name = "张三", idNumber = TestIds.WangFang, phone = "13812345678" },
        form = new { changeReason = "account", holderName = "李四", holderId = TestIds.LiMing },
        materials = new Dictionary<string, string>(),
    }), Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_client_registered_by_a_centers_admin_submits_to_that_center_only()
    {
        await TestCenters.EnsureAsync(app, Ct);
        var secret = await app.SendAsync(Actors.Admin.InCenter(Gaoting), m => m.Send(new RegisterApiClient("gaoting-app", "高亭镇小程序", ["applications.write", "applications.read"])));

        using var http = await ApiHttp.ClientAsync(app, "gaoting-app", secret);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = Body() };
        post.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var response = await http.SendAsync(post, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var number = (await ApiHttp.JsonAsync(response)).GetProperty("number").GetString()!;

        await using (var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct))
        {
            Assert.Equal(Gaoting, (await db.PreApplications.SingleAsync(p => p.Number == number, Ct)).CenterId);
        }

        // The counter of 高亭镇 finds it; the default center's counter does not, nor does another client read it.
        Assert.Contains(await app.SendAsync(Actors.Clerk.InCenter(Gaoting), m => m.Send(new GetPendingPreApplications())), p => p.Number == number);
        Assert.DoesNotContain(await app.SendAsync(Actors.Clerk, m => m.Send(new GetPendingPreApplications())), p => p.Number == number);
        using var demo = await ApiHttp.ClientAsync(app);
        Assert.Equal(HttpStatusCode.NotFound, (await demo.GetAsync(response.Headers.Location, Ct)).StatusCode);
    }

    [Fact]
    public async Task Another_centers_admin_neither_lists_nor_manages_the_client()
    {
        await TestCenters.EnsureAsync(app, Ct);
        await app.SendAsync(Actors.Admin.InCenter(Gaoting), m => m.Send(new RegisterApiClient("gaoting-kiosk", "高亭镇自助机", ["catalog.read"])));

        Assert.Contains(await app.SendAsync(Actors.Admin.InCenter(Gaoting), m => m.Send(new ListApiClients())), c => c.ClientId == "gaoting-kiosk");
        var mine = await app.SendAsync(Actors.Admin, m => m.Send(new ListApiClients()));
        Assert.DoesNotContain(mine, c => c.ClientId == "gaoting-kiosk");
        Assert.Contains(mine, c => c.ClientId == "demo"); // the demo client is the default center's

        foreach (var command in new Func<Mediator.IMediator, ValueTask>[]
        {
            async m => await m.Send(new RotateApiClientSecret("gaoting-kiosk")),
            async m => await m.Send(new SetApiClientEnabled("gaoting-kiosk", false)),
            async m => await m.Send(new UpdateApiClient("gaoting-kiosk", "改名", ["catalog.read"])),
            async m => await m.Send(new SetApiClientWebhook("gaoting-kiosk", "https://example.org/hook")),
        })
        {
            var refused = await Assert.ThrowsAsync<RequestValidationException>(async () => await app.SendAsync(Actors.Admin, async m => { await command(m); return 0; }));
            Assert.Contains(refused.Problems, p => p is { Path: "clientId", Code: "apiClient.notFound" });
        }

        Assert.Contains(await app.SendAsync(Actors.Admin.InCenter(Gaoting), m => m.Send(new ListApiClients())), c => c is { ClientId: "gaoting-kiosk", Enabled: true, Name: "高亭镇自助机" });
    }
}
