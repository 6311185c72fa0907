using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Features.Agents;
using ClerkStation.Features.Api;
using ClerkStation.Features.Intake;
using ClerkStation.Features.OnlineApplications;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Pipeline;

namespace ClerkStation.Tests.Features.Api;

/// <summary>
/// 帮办代办: a village agent submits a resident's application through the API's own request, as a pre-application on the
/// agent channel; the counter accepts it as any other; the agent follows only their own requests and the cases they became.
/// </summary>
public sealed class AgentRequestTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Applicant Resident = new(ApplicantKind.Person, "岛民老王", TestIds.ZhaoLei, "13812345678");

    private static SubmitPreApplication Request(Channel channel = Channel.Agent) => new(
        Guid.NewGuid().ToString(), Guid.NewGuid().ToString("N"), channel, "MZ-012", Resident,
        """{"changeReason":"account","holderName":"李四","holderId":"330921195506120027"}""", new Dictionary<string, MaterialStatus>(),
        channel == Channel.Agent ? new AgentTaking(TakenBy.Village) : null);

    [Fact]
    public async Task An_agents_request_is_a_pre_application_on_the_agent_channel_that_the_counter_accepts_and_the_agent_sees_the_case()
    {
        var submitted = await app.SendAsync(Actors.Agent, async m => await m.Send(Request(), Ct));
        Assert.Equal(("Submitted", "Agent"), (submitted.Receipt.Status, submitted.Receipt.Channel));

        var pending = await app.SendAsync(Actors.Clerk, async m => await m.Send(new GetPendingPreApplications(submitted.Receipt.Number), Ct));
        var row = Assert.Single(pending);
        Assert.Equal((Channel.Agent, Actors.Agent.DisplayName), (row.Channel, row.ClientName));

        var pre = (await app.SendAsync(Actors.Clerk, async m => await m.Send(new OpenPreApplication(row.Id), Ct)))!;
        var target = app.Services.GetRequiredService<CatalogStore>().FindTarget(pre.TargetCode)!;
        var originals = target.RequiredMaterials(FormData.FromJson(pre.FormDataJson)).ToDictionary(m => m.Code, _ => MaterialStatus.Original);
        var outcome = await app.SendAsync(Actors.Clerk, async m => await m.Send(
            new SubmitApplication(pre.Id, pre.TargetCode, pre.Applicant, pre.FormDataJson, originals, PreApplicationId: pre.Id), Ct));
        var caseNumber = Assert.Single(outcome.Cases).Number;

        var mine = await app.SendAsync(Actors.Agent, async m => await m.Send(new GetAgentRequests(), Ct));
        var request = Assert.Single(mine, r => r.Id == pre.Id);
        Assert.Equal(PreApplicationStatus.Accepted, request.Status);
        Assert.Equal(caseNumber, Assert.Single(request.Cases).Number);
        Assert.Equal(CaseStatus.Routed, request.Cases[0].Status);
    }

    [Fact]
    public async Task An_agent_sees_only_their_own_requests()
    {
        var mine = await app.SendAsync(Actors.Agent, async m => await m.Send(Request(), Ct));
        var theirs = await app.SendAsync(Actors.Agent2, async m => await m.Send(Request(), Ct));

        var list = await app.SendAsync(Actors.Agent, async m => await m.Send(new GetAgentRequests(), Ct));

        Assert.Contains(list, r => r.Id == mine.Receipt.Id);
        Assert.DoesNotContain(list, r => r.Id == theirs.Receipt.Id);
    }

    [Fact]
    public async Task An_agent_submits_on_the_agent_channel_only()
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(async () => await app.SendAsync(Actors.Agent, async m => await m.Send(Request(Channel.Online), Ct)));

        Assert.Contains(refused.Problems, p => p.Code == SubmitPreApplicationValidator.AgentChannelCode);
    }

    [Fact]
    public async Task The_supervisor_sees_each_agents_open_requests_and_workload()
    {
        var first = await app.SendAsync(Actors.Agent2, async m => await m.Send(Request(), Ct));
        var second = await app.SendAsync(Actors.Agent2, async m => await m.Send(Request(), Ct));

        var workload = await app.SendAsync(Actors.Supervisor, async m => await m.Send(new GetAgentWorkload(), Ct));

        var row = Assert.Single(workload.Agents, a => a.AgentId == Actors.Agent2.UserId);
        Assert.Equal(Actors.Agent2.DisplayName, row.AgentName);
        Assert.True(row.OpenRequests >= 2 && row.Requests >= row.OpenRequests);
        Assert.Contains(workload.OpenRequests, r => r.Number == first.Receipt.Number && r.AgentName == Actors.Agent2.DisplayName);
        Assert.Contains(workload.OpenRequests, r => r.Number == second.Receipt.Number);
    }
}
