using ClerkStation.Domain.PreApplications;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Admin;
using ClerkStation.Features.Agents;
using ClerkStation.Infrastructure.Pipeline;

namespace ClerkStation.Tests.Features.Agents;

/// <summary>The admin's agent accounts on /agent: the villages and phone an agent has, and who sees them.</summary>
public sealed class AgentAccountTests(ClerkAppFactory app) : AgentTestBase(app)
{
    [Fact]
    public async Task The_admin_gives_an_agent_villages_and_a_phone_that_the_agent_and_the_supervisor_see()
    {
        var agent = await NewAgentAsync("洋山新村，小湖村、洋山新村");

        var row = Assert.Single(await App.SendAsync(Actors.Admin, new ListStaff()), s => s.Id == agent.UserId);
        Assert.Equal(("洋山新村、小湖村", "13900000002"), (row.Villages, row.Phone));
        Assert.Equal("洋山新村、小湖村", (await App.SendAsync(agent, new GetAgentProfile())).Villages);

        await App.SendAsync(agent, Request(new AgentTaking(TakenBy.Village)));
        var workload = await App.SendAsync(Actors.Supervisor, new GetAgentWorkload());
        Assert.Equal("洋山新村、小湖村", Assert.Single(workload.Agents, a => a.AgentId == agent.UserId).Villages);
    }

    [Fact]
    public async Task An_agent_without_a_village_or_a_phone_is_refused()
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            App.SendAsync(Actors.Admin, new SaveStaff(null, "agent.nowhere", "无村", "Agent!2026", [StaffRole.Agent], [], " ", "12345")));

        Assert.Contains(refused.Problems, p => (p.Path, p.Code) == ("villages", "staff.villageRequired"));
        Assert.Contains(refused.Problems, p => (p.Path, p.Code) == ("phone", "staff.phoneInvalid"));
    }
}
