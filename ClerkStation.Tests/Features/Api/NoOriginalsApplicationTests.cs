using System.Net;
using System.Text;
using System.Text.Json;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Webhooks;
using ClerkStation.Infrastructure.Practice;
using Microsoft.EntityFrameworkCore;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;

namespace ClerkStation.Tests.Features.Api;

/// <summary>
/// 免核原件: an API application for an item the catalog accepts without originals (GJJ-012, promised, 10 working days, only
/// the ID card) is an accepted case at once; the answer says so, and the client's webhook is told.
/// </summary>
public sealed class NoOriginalsApplicationTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> PostAsync(HttpClient http, string target, object form, Dictionary<string, string> materials)
    {
        var body = JsonSerializer.Serialize(new
        {
            target,
            channel = "Kiosk",
            applicant = new { kind = "Person", name = "张自助", idNumber = TestIds.WangFang, phone = "13812345678" },
            form,
            materials,
        });
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return await http.SendAsync(request, Ct);
    }

    private static readonly object TransferForm = new { hpfFromCity = "宁波市", hpfFromCentre = "宁波市住房公积金管理中心" };

    [Fact]
    public async Task It_becomes_a_routed_case_with_its_due_date_and_channel_and_the_clients_webhook_hears_of_it()
    {
        await app.SendAsync(Actors.Admin, m => m.Send(new SetApiClientWebhook(ApiHttp.DemoClient, "http://127.0.0.1:9/hook"), Ct));
        using var http = await ApiHttp.ClientAsync(app);

        var response = await PostAsync(http, "GJJ-012", TransferForm, new() { ["id-card"] = "Original" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await ApiHttp.JsonAsync(response);
        Assert.Equal("Accepted", receipt.GetProperty("status").GetString());
        var caseNumber = receipt.GetProperty("outcome").GetString()!;
        await using var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
        var @case = await db.Cases.SingleAsync(c => c.Number == caseNumber, Ct);
        Assert.Equal((CaseStatus.Routed, "gjj", Channel.Kiosk), (@case.Status, @case.DepartmentCode, @case.Channel));
        Assert.NotNull(@case.DueDate);
        Assert.True(@case.DueDate > @case.AcceptedOn);
        var pre = await db.PreApplications.SingleAsync(p => p.Id == receipt.GetProperty("id").GetGuid(), Ct);
        Assert.Equal(PreApplicationStatus.Accepted, pre.Status);
        Assert.Contains(await db.WebhookDeliveries.Where(d => d.ClientId == ApiHttp.DemoClient).ToListAsync(Ct),
            d => d.Event == WebhookOutbox.PreApplicationDecided && d.PayloadJson.Contains(caseNumber, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_item_that_needs_originals_stays_a_pre_application_for_the_counter()
    {
        using var http = await ApiHttp.ClientAsync(app);

        var response = await PostAsync(http, "MZ-012", new { changeReason = "account", holderName = "李四", holderId = TestIds.LiMing }, []);

        var receipt = await ApiHttp.JsonAsync(response);
        Assert.Equal("Submitted", receipt.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, receipt.GetProperty("outcome").ValueKind);
    }

    [Fact]
    public async Task Accepted_at_once_it_must_be_as_complete_as_at_the_counter()
    {
        using var http = await ApiHttp.ClientAsync(app);

        var response = await PostAsync(http, "GJJ-012", TransferForm, []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("materials.id-card", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_an_api_client_may_accept_from_a_channel_and_never_as_the_counter()
    {
        var client = Actor.Create("api:kiosk", "自助终端", [StaffRole.ApiClient]);
        var input = Promised() with { Channel = Channel.Online };

        Assert.Equal(Channel.Online, Case.AcceptFromChannel(input, client, Day, Today, Cal).Channel);
        Assert.Equal(CaseRuleCodes.RoleNotAllowed, Assert.Throws<global::ClerkStation.Domain.Common.DomainRuleException>(() => Case.AcceptFromChannel(input, Actors.Clerk, Day, Today, Cal)).Code);
        Assert.Throws<global::ClerkStation.Domain.Common.DomainRuleException>(() => Case.AcceptFromChannel(input with { Channel = Channel.Counter }, client, Day, Today, Cal));
    }
}
