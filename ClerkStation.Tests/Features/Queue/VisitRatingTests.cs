using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Domain.Ratings;
using ClerkStation.Features.Intake;
using ClerkStation.Features.Queue;
using ClerkStation.Features.Ratings;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Queue;

/// <summary>The customer screen (/window/{n}/customer): the clerk's own second tab shows the visit and takes its one rating.</summary>
public sealed class VisitRatingTests : FreshAppTest<QueueAppFactory>
{
    private static readonly Applicant Person = IntakeSamples.TestPerson;

    [Fact]
    public async Task The_screen_shows_the_visit_then_takes_one_rating_and_a_bad_one_opens_a_rectification_task()
    {
        Assert.Equal(CustomerScreenState.Idle, (await App.SendAsync(Actors.Clerk, new GetCustomerScreen(1))).State);
        await App.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        var called = (await App.SendAsync(Actors.Clerk, new CallNext(1)))!;
        var refusal = await App.SendAsync(Actors.Clerk, new RefuseApplication(Guid.NewGuid(), "RS-012", Person, "不属于受理范围"));

        var serving = await App.SendAsync(Actors.Clerk, new GetCustomerScreen(1));
        Assert.Equal((CustomerScreenState.Serving, "A001", Actors.Clerk.DisplayName), (serving.State, serving.TicketNumber, serving.ClerkName));
        Assert.Equal((VisitItemKind.Refusal, refusal.DecisionNumber), (serving.Items.Single().Kind, serving.Items.Single().Number));
        Assert.Null(serving.RatingToken);

        await App.SendAsync(Actors.Clerk, new FinishVisit(called.TicketId));
        var rating = await App.SendAsync(Actors.Clerk, new GetCustomerScreen(1));
        Assert.Equal(CustomerScreenState.Rating, rating.State);
        Assert.Single(rating.Items);

        Assert.Equal(RatingSubmitted.RatedBadTaskOpened, await App.SendAsync(null, new SubmitRating(rating.RatingToken!, RatingLevel.Dissatisfied, "等太久")));
        var again = await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(null, new SubmitRating(rating.RatingToken!, RatingLevel.VerySatisfied, null)));
        Assert.Equal(RatingRuleCodes.AlreadyRated, again.Code);
        var rated = await App.SendAsync(Actors.Clerk, new GetCustomerScreen(1));
        Assert.Equal((CustomerScreenState.Rated, RatingLevel.Dissatisfied), (rated.State, rated.Level));

        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
        var stored = await db.ServiceRatings.SingleAsync(r => r.VisitId == called.VisitId, Ct);
        Assert.Equal((Actors.Clerk.DisplayName, (Guid?)null), (stored.ClerkName, stored.CaseId));
        var task = await db.RectificationTasks.SingleAsync(t => t.RatingId == stored.Id, Ct);
        Assert.Equal(($"V{FixedClockAppFactory.Now:yyyyMMdd}-A001", "等太久"), (task.CaseNumber, task.Comment));

        // The thanks give way to the welcome; an unrated visit's rating is no longer offered after ten minutes.
        App.Clock.Now = FixedClockAppFactory.Now.AddMinutes(3);
        Assert.Equal(CustomerScreenState.Idle, (await App.SendAsync(Actors.Clerk, new GetCustomerScreen(1))).State);
    }

    [Fact]
    public async Task A_missed_or_transferred_visit_is_not_rated_and_another_clerk_never_sees_the_visit()
    {
        await App.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        await App.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        var first = (await App.SendAsync(Actors.Clerk, new CallNext(1)))!;
        Assert.Equal(CustomerScreenState.Idle, (await App.SendAsync(Actors.Clerk2, new GetCustomerScreen(1))).State);
        Assert.Equal(CustomerScreenState.Idle, (await App.SendAsync(Actors.Clerk, new GetCustomerScreen(2))).State);

        await App.SendAsync(Actors.Clerk, new MarkMissed(first.TicketId));
        Assert.Equal(CustomerScreenState.Idle, (await App.SendAsync(Actors.Clerk, new GetCustomerScreen(1))).State);
        var second = (await App.SendAsync(Actors.Clerk, new CallNext(1)))!;
        await App.SendAsync(Actors.Clerk, new Transfer(second.TicketId, 3, null, "户籍"));
        Assert.Equal(CustomerScreenState.Idle, (await App.SendAsync(Actors.Clerk, new GetCustomerScreen(1))).State);

        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
        Assert.False(await db.ServiceRatings.AnyAsync(r => r.VisitId != null, Ct));
    }
}
