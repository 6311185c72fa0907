using ClerkStation.Domain.Forms;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Features.OnlineApplications;

namespace ClerkStation.Tests.Features.Api;

/// <summary>网上申请 accepted at the counter: found by number or ID, opened filled, accepted as an online case whose number its client reads; a walk-in stays a counter case.</summary>
public sealed class PreApplicationCounterAcceptTests(ClerkAppFactory app) : PreApplicationCounterTestBase(app)
{
    [Fact]
    public async Task The_clerk_finds_it_by_number_or_ID_opens_it_filled_and_accepts_it_and_the_client_reads_the_case_number()
    {
        var (http, id, number, location) = await PostAsync();
        using var _ = http;

        var byNumber = await App.SendAsync(Actors.Clerk, async m => await m.Send(new GetPendingPreApplications(number), Ct));
        var byId = await App.SendAsync(Actors.Clerk, async m => await m.Send(new GetPendingPreApplications(TestIds.WangFang), Ct));
        var row = Assert.Single(byNumber);
        Assert.Equal(id, row.Id);
        Assert.Equal(Channel.Online, row.Channel);
        Assert.DoesNotContain(TestIds.WangFang, row.MaskedIdNumber); // lists mask the ID number
        Assert.Contains(byId, r => r.Id == id);

        var pre = (await App.SendAsync(Actors.Clerk, async m => await m.Send(new OpenPreApplication(id), Ct)))!;
        Assert.Equal("MZ-012", pre.TargetCode);
        Assert.Equal(Sender.IdNumber, pre.Applicant.IdNumber);
        Assert.Equal(TestIds.LiMing, FormData.FromJson(pre.FormDataJson).Get("holderId"));

        var outcome = await App.SendAsync(Actors.Clerk, async m => await m.Send(Accept(pre), Ct));
        var caseNumber = Assert.Single(outcome.Cases).Number;
        Assert.Equal(Channel.Online, await ChannelOfCaseAsync(caseNumber));

        var status = await ApiHttp.JsonAsync(await http.GetAsync(location, Ct));
        Assert.Equal("Accepted", status.GetProperty("status").GetString());
        Assert.Equal(caseNumber, status.GetProperty("timeline")[1].GetProperty("detail").GetString());
        Assert.DoesNotContain(await App.SendAsync(Actors.Clerk, async m => await m.Send(new GetPendingPreApplications(number), Ct)), r => r.Id == id);
        Assert.Null(await App.SendAsync(Actors.Clerk, async m => await m.Send(new OpenPreApplication(id), Ct)));
    }

    [Fact]
    public async Task A_draft_restored_after_a_restart_keeps_the_link_and_the_case_records_the_online_channel()
    {
        var (http, id, _, location) = await PostAsync();
        using var _ = http;
        var pre = (await App.SendAsync(Actors.Clerk, async m => await m.Send(new OpenPreApplication(id), Ct)))!;

        // The restored draft knows only its submission key, which is the pre-application's id.
        var outcome = await App.SendAsync(Actors.Clerk, async m => await m.Send(Accept(pre) with { PreApplicationId = null }, Ct));

        Assert.Equal(Channel.Online, await ChannelOfCaseAsync(Assert.Single(outcome.Cases).Number));
        var status = await ApiHttp.JsonAsync(await http.GetAsync(location, Ct));
        Assert.Equal("Accepted", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_walk_in_is_a_counter_case_and_leaves_a_waiting_pre_application_alone()
    {
        var (http, id, number, _) = await PostAsync();
        using var _ = http;
        var pre = (await App.SendAsync(Actors.Clerk, async m => await m.Send(new OpenPreApplication(id), Ct)))!;

        var outcome = await App.SendAsync(Actors.Clerk, async m => await m.Send(Accept(pre, Guid.NewGuid()) with { PreApplicationId = null }, Ct));

        Assert.Equal(Channel.Counter, await ChannelOfCaseAsync(Assert.Single(outcome.Cases).Number));
        Assert.Contains(await App.SendAsync(Actors.Clerk, async m => await m.Send(new GetPendingPreApplications(number), Ct)), r => r.Id == id);
    }
}
