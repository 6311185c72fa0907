using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Admin;
using ClerkStation.Features.Api;
using ClerkStation.Features.Intake;
using ClerkStation.Features.OnlineApplications;
using ClerkStation.Tests.Features.BackOffice;

namespace ClerkStation.Tests.Features.Agents;

/// <summary>
/// What the 帮办代办 tests share over one app: an agent's request for MZ-012 on behalf of a resident, a real agent account
/// made by the admin, and the counter accepting a request the agent sent.
/// </summary>
public abstract class AgentTestBase(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private const string Form = """{"changeReason":"account","holderName":"李四","holderId":"330921195506120027"}""";

    private static readonly Applicant Resident = new(ApplicantKind.Person, "岛民老王", TestIds.ZhaoLei, "13812345678");

    protected ClerkAppFactory App => app;

    protected static SubmitPreApplication Request(AgentTaking? taking, Guid? pagesKey = null) => new(
        Guid.NewGuid().ToString(), Guid.NewGuid().ToString("N"), Channel.Agent, "MZ-012", Resident, Form,
        new Dictionary<string, MaterialStatus>(), taking, pagesKey);

    /// <summary>A real agent account (the SMS goes to its phone), made by the admin.</summary>
    protected async Task<Actor> NewAgentAsync(string villages = "洋山新村，小湖村")
    {
        var name = "agent." + Guid.NewGuid().ToString("N")[..8];
        var id = await App.SendAsync(Actors.Admin, new SaveStaff(null, name, "林金玲", "Agent!2026", [StaffRole.Agent], [], villages, "13900000002"));
        return Actor.Create(id, "林金玲", [StaffRole.Agent]);
    }

    protected async Task<CaseScenario.Submitted> AcceptAtCounterAsync(Guid preId)
    {
        var pre = (await App.SendAsync(Actors.Clerk, new OpenPreApplication(preId)))!;
        var outcome = await App.SendAsync(Actors.Clerk, new SubmitApplication(pre.Id, pre.TargetCode, pre.Applicant, pre.FormDataJson,
            new Dictionary<string, MaterialStatus>(), PreApplicationId: pre.Id));
        var accepted = Assert.Single(outcome.Cases);
        return new CaseScenario.Submitted(accepted.Id, accepted.Number);
    }
}
