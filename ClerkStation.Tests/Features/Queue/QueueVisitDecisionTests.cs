using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Queue;
using ClerkStation.Features.Intake;
using ClerkStation.Features.Queue;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Queue;

/// <summary>A visit records the decisions a clerk made while its ticket was served, and no others.</summary>
public sealed class QueueVisitDecisionTests : FreshAppTest<QueueAppFactory>
{
    private static readonly Applicant Person = IntakeSamples.TestPerson;

    [Fact]
    public async Task Decisions_made_while_a_ticket_is_served_record_its_visit()
    {
        var before = await App.SendAsync(Actors.Clerk, new RefuseApplication(Guid.NewGuid(), "RS-012", Person, "无票"));
        await App.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        var called = (await App.SendAsync(Actors.Clerk, new CallNext(1)))!;
        var during = await App.SendAsync(Actors.Clerk, new RefuseApplication(Guid.NewGuid(), "RS-012", Person, "不属于受理范围"));
        await App.SendAsync(Actors.Clerk, new FinishVisit(called.TicketId));
        var after = await App.SendAsync(Actors.Clerk, new RefuseApplication(Guid.NewGuid(), "RS-012", Person, "办结后"));

        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var inVisit = await VisitLink.DecisionsOf(db, called.VisitId).Select(d => d.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([during.DecisionId!.Value], inVisit);
        Assert.DoesNotContain(before.DecisionId!.Value, inVisit);
        Assert.DoesNotContain(after.DecisionId!.Value, inVisit);
        var visit = await db.Visits.SingleAsync(v => v.Id == called.VisitId, TestContext.Current.CancellationToken);
        Assert.Equal((VisitOutcome.Finished, 1, Actors.Clerk.DisplayName), (visit.Outcome, visit.Window, visit.ClerkName));
    }
}
