using ClerkStation.Domain.Common;
using ClerkStation.Features.Intake;
using ClerkStation.Features.OnlineApplications;
using ClerkStation.Infrastructure.Practice;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Api;

/// <summary>A pre-application is decided once at the counter, and a refusal there is what its client reads.</summary>
public sealed class PreApplicationCounterDecisionTests(ClerkAppFactory app) : PreApplicationCounterTestBase(app)
{
    [Fact]
    public async Task A_pre_application_is_decided_once_and_a_second_decision_makes_no_case()
    {
        var (http, id, _, _) = await PostAsync();
        using var __ = http;
        var pre = (await App.SendAsync(Actors.Clerk, async m => await m.Send(new OpenPreApplication(id), Ct)))!;
        await App.SendAsync(Actors.Clerk, async m => await m.Send(Accept(pre), Ct));
        await using var db = await App.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
        var cases = await db.Cases.CountAsync(Ct);

        // The same key (another tab) answers the first outcome; a fresh key is refused by the domain, nothing is saved.
        var repeat = await App.SendAsync(Actors.Clerk, async m => await m.Send(Accept(pre), Ct));
        var other = await Assert.ThrowsAsync<DomainRuleException>(async () => await App.SendAsync(Actors.Clerk, async m => await m.Send(Accept(pre, Guid.NewGuid()), Ct)));

        Assert.Single(repeat.Cases);
        Assert.Equal("preApplication.alreadyDecided", other.Code);
        Assert.Equal(cases, await db.Cases.CountAsync(Ct));
    }

    [Fact]
    public async Task A_refusal_at_the_counter_is_the_clients_outcome()
    {
        var (http, id, _, location) = await PostAsync();
        using var _ = http;
        var pre = (await App.SendAsync(Actors.Clerk, async m => await m.Send(new OpenPreApplication(id), Ct)))!;

        var outcome = await App.SendAsync(Actors.Clerk, async m => await m.Send(new RefuseApplication(pre.Id, pre.TargetCode, pre.Applicant, "不属于本中心受理范围", pre.Id), Ct));

        var status = await ApiHttp.JsonAsync(await http.GetAsync(location, Ct));
        Assert.Equal("Refused", status.GetProperty("status").GetString());
        Assert.Equal(outcome.DecisionNumber, status.GetProperty("timeline")[1].GetProperty("detail").GetString());
    }
}
