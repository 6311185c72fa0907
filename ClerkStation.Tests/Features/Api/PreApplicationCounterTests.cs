using System.Net;
using System.Text;
using System.Text.Json;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Features.Intake;
using ClerkStation.Features.OnlineApplications;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Tests.Features.Api;

/// <summary>
/// 网上申请 at the counter: a pre-application posted over HTTP is listed for the clerk, opens with what was sent, is
/// decided through the counter's own commands, and its client then reads the outcome.
/// </summary>
public sealed class PreApplicationCounterTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Applicant Sender = new(ApplicantKind.Person, "张网申", TestIds.WangFang, "13812345678");

    private async Task<(HttpClient Http, Guid Id, string Number, Uri Location)> PostAsync()
    {
        var http = await ApiHttp.ClientAsync(app);
        var body = JsonSerializer.Serialize(new
        {
            target = "MZ-012",
            channel = "Online",
            applicant = new { kind = "Person", name = Sender.Name, idNumber = Sender.IdNumber, phone = Sender.Phone },
            form = new { changeReason = "account", holderName = "李四", holderId = TestIds.LiMing },
            materials = new Dictionary<string, string>(),
        });
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var response = await http.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await ApiHttp.JsonAsync(response);
        return (http, receipt.GetProperty("id").GetGuid(), receipt.GetProperty("number").GetString()!, response.Headers.Location!);
    }

    private SubmitApplication Accept(PreApplicationIntake pre, Guid? key = null)
    {
        var target = app.Services.GetRequiredService<CatalogStore>().FindTarget(pre.TargetCode)!;
        var materials = target.RequiredMaterials(FormData.FromJson(pre.FormDataJson)).ToDictionary(m => m.Code, _ => MaterialStatus.Original);
        return new SubmitApplication(key ?? pre.Id, pre.TargetCode, pre.Applicant, pre.FormDataJson, materials, PreApplicationId: pre.Id);
    }

    [Fact]
    public async Task The_clerk_finds_it_by_number_or_ID_opens_it_filled_and_accepts_it_and_the_client_reads_the_case_number()
    {
        var (http, id, number, location) = await PostAsync();
        using var _ = http;

        var byNumber = await app.SendAsync(Actors.Clerk, async m => await m.Send(new GetPendingPreApplications(number), Ct));
        var byId = await app.SendAsync(Actors.Clerk, async m => await m.Send(new GetPendingPreApplications(TestIds.WangFang), Ct));
        var row = Assert.Single(byNumber);
        Assert.Equal(id, row.Id);
        Assert.Equal(Channel.Online, row.Channel);
        Assert.DoesNotContain(TestIds.WangFang, row.MaskedIdNumber); // lists mask the ID number
        Assert.Contains(byId, r => r.Id == id);

        var pre = (await app.SendAsync(Actors.Clerk, async m => await m.Send(new OpenPreApplication(id), Ct)))!;
        Assert.Equal("MZ-012", pre.TargetCode);
        Assert.Equal(Sender.IdNumber, pre.Applicant.IdNumber);
        Assert.Equal(TestIds.LiMing, FormData.FromJson(pre.FormDataJson).Get("holderId"));

        var outcome = await app.SendAsync(Actors.Clerk, async m => await m.Send(Accept(pre), Ct));
        var caseNumber = Assert.Single(outcome.Cases).Number;
        Assert.Equal(Channel.Online, await ChannelOfCaseAsync(caseNumber));

        var status = await ApiHttp.JsonAsync(await http.GetAsync(location, Ct));
        Assert.Equal("Accepted", status.GetProperty("status").GetString());
        Assert.Equal(caseNumber, status.GetProperty("timeline")[1].GetProperty("detail").GetString());
        Assert.DoesNotContain(await app.SendAsync(Actors.Clerk, async m => await m.Send(new GetPendingPreApplications(number), Ct)), r => r.Id == id);
        Assert.Null(await app.SendAsync(Actors.Clerk, async m => await m.Send(new OpenPreApplication(id), Ct)));
    }

    private async Task<Channel> ChannelOfCaseAsync(string number)
    {
        await using var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
        return await db.Cases.Where(c => c.Number == number).Select(c => c.Channel).SingleAsync(Ct);
    }

    [Fact]
    public async Task A_draft_restored_after_a_restart_keeps_the_link_and_the_case_records_the_online_channel()
    {
        var (http, id, _, location) = await PostAsync();
        using var _ = http;
        var pre = (await app.SendAsync(Actors.Clerk, async m => await m.Send(new OpenPreApplication(id), Ct)))!;

        // The restored draft knows only its submission key, which is the pre-application's id.
        var outcome = await app.SendAsync(Actors.Clerk, async m => await m.Send(Accept(pre) with { PreApplicationId = null }, Ct));

        Assert.Equal(Channel.Online, await ChannelOfCaseAsync(Assert.Single(outcome.Cases).Number));
        var status = await ApiHttp.JsonAsync(await http.GetAsync(location, Ct));
        Assert.Equal("Accepted", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_walk_in_is_a_counter_case_and_leaves_a_waiting_pre_application_alone()
    {
        var (http, id, number, _) = await PostAsync();
        using var _ = http;
        var pre = (await app.SendAsync(Actors.Clerk, async m => await m.Send(new OpenPreApplication(id), Ct)))!;

        var outcome = await app.SendAsync(Actors.Clerk, async m => await m.Send(Accept(pre, Guid.NewGuid()) with { PreApplicationId = null }, Ct));

        Assert.Equal(Channel.Counter, await ChannelOfCaseAsync(Assert.Single(outcome.Cases).Number));
        Assert.Contains(await app.SendAsync(Actors.Clerk, async m => await m.Send(new GetPendingPreApplications(number), Ct)), r => r.Id == id);
    }

    [Fact]
    public async Task A_pre_application_is_decided_once_and_a_second_decision_makes_no_case()
    {
        var (http, id, _, _) = await PostAsync();
        using var __ = http;
        var pre = (await app.SendAsync(Actors.Clerk, async m => await m.Send(new OpenPreApplication(id), Ct)))!;
        await app.SendAsync(Actors.Clerk, async m => await m.Send(Accept(pre), Ct));
        await using var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
        var cases = await db.Cases.CountAsync(Ct);

        // The same key (another tab) answers the first outcome; a fresh key is refused by the domain, nothing is saved.
        var repeat = await app.SendAsync(Actors.Clerk, async m => await m.Send(Accept(pre), Ct));
        var other = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.SendAsync(Actors.Clerk, async m => await m.Send(Accept(pre, Guid.NewGuid()), Ct)));

        Assert.Single(repeat.Cases);
        Assert.Equal("preApplication.alreadyDecided", other.Code);
        Assert.Equal(cases, await db.Cases.CountAsync(Ct));
    }

    [Fact]
    public async Task A_refusal_at_the_counter_is_the_clients_outcome()
    {
        var (http, id, _, location) = await PostAsync();
        using var _ = http;
        var pre = (await app.SendAsync(Actors.Clerk, async m => await m.Send(new OpenPreApplication(id), Ct)))!;

        var outcome = await app.SendAsync(Actors.Clerk, async m => await m.Send(new RefuseApplication(pre.Id, pre.TargetCode, pre.Applicant, "不属于本中心受理范围", pre.Id), Ct));

        var status = await ApiHttp.JsonAsync(await http.GetAsync(location, Ct));
        Assert.Equal("Refused", status.GetProperty("status").GetString());
        Assert.Equal(outcome.DecisionNumber, status.GetProperty("timeline")[1].GetProperty("detail").GetString());
    }
}
