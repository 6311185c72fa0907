using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Ratings;
using ClerkStation.Features.Ratings;
using ClerkStation.Features.Statistics;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Features.Supervisor.SupervisorTestKit;

namespace ClerkStation.Tests.Features.Ratings;

/// <summary>好差评 through the handlers: invitation, one rating, bad → task with working-day deadlines, 追评 once, appeal.</summary>
public sealed class RatingHandlerTests : FreshAppTest<FixedClockAppFactory>
{
    private async Task<Case> DeliveredAsync()
    {
        var c = NewCase(Actors.Clerk, "mz", At("2026-03-11", 9), 0);
        DeliverNow(c, Actors.Clerk, At("2026-03-11", 9));
        await SaveAsync(App, c);
        return c;
    }

    private async Task<(ServiceRating Rating, RectificationTask? Task)> LoadAsync(string token)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync();
        var rating = await db.ServiceRatings.AsNoTracking().SingleAsync(r => r.Token == token);
        return (rating, await db.RectificationTasks.AsNoTracking().SingleOrDefaultAsync(t => t.RatingId == rating.Id));
    }

    [Fact]
    public async Task An_invitation_needs_a_delivered_case_and_is_created_once()
    {
        var open = NewCase(Actors.Clerk, "mz", At("2026-03-11", 9), 5);
        await SaveAsync(App, open);
        var ex = await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(Actors.Clerk, new CreateRatingInvitation(open.Id)));
        Assert.Equal(RatingRuleCodes.CaseNotDelivered, ex.Code);

        var c = await DeliveredAsync();
        var first = await App.SendAsync(Actors.Clerk, new CreateRatingInvitation(c.Id));
        var again = await App.SendAsync(Actors.Supervisor, new CreateRatingInvitation(c.Id));
        Assert.Equal(first.Token, again.Token);
        Assert.True(first.Token.Length >= 32);
        Assert.Equal("/rate/" + first.Token, first.Path);
    }

    [Fact]
    public async Task Missing_invitations_are_issued_for_delivered_cases()
    {
        var a = await DeliveredAsync();
        var b = await DeliveredAsync();
        var issued = await App.SendAsync(Actors.Supervisor, new IssueMissingRatingInvitations());
        Assert.True(issued >= 2);
        Assert.Equal(0, await App.SendAsync(Actors.Supervisor, new IssueMissingRatingInvitations()));
        var pending = await App.SendAsync(Actors.Supervisor, new GetPendingRatings(200));
        Assert.Contains(pending, p => p.CaseNumber == a.Number);
        Assert.Contains(pending, p => p.CaseNumber == b.Number);
    }

    [Fact]
    public async Task The_applicant_rates_once_without_signing_in_and_a_second_rating_is_refused()
    {
        var c = await DeliveredAsync();
        var token = (await App.SendAsync(Actors.Clerk, new CreateRatingInvitation(c.Id))).Token;
        var form = await App.SendAsync(null, new GetRatingForm(token));
        Assert.NotNull(form);
        Assert.True(form.CanRate);
        Assert.Equal(c.Number, form.CaseNumber);

        Assert.Equal(RatingSubmitted.Rated, await App.SendAsync(null, new SubmitRating(token, RatingLevel.Satisfied, "很快")));
        var ex = await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(null, new SubmitRating(token, RatingLevel.VeryDissatisfied, null)));
        Assert.Equal(RatingRuleCodes.AlreadyRated, ex.Code);
        var (rating, task) = await LoadAsync(token);
        Assert.Equal(RatingLevel.Satisfied, rating.Level);
        Assert.Null(task);
        Assert.False((await App.SendAsync(null, new GetRatingForm(token)))!.CanRate);
    }

    [Fact]
    public async Task An_unknown_token_shows_nothing_and_cannot_rate()
    {
        Assert.Null(await App.SendAsync(null, new GetRatingForm("no-such-token-000000000000")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.SendAsync(null, new SubmitRating("no-such-token-000000000000", RatingLevel.Satisfied, null)));
    }

    [Fact]
    public async Task A_bad_rating_opens_a_task_with_working_day_deadlines_and_the_follow_up_comes_once_after_the_callback()
    {
        var c = await DeliveredAsync();
        var token = (await App.SendAsync(Actors.Clerk, new CreateRatingInvitation(c.Id))).Token;
        Assert.Equal(RatingSubmitted.RatedBadTaskOpened, await App.SendAsync(null, new SubmitRating(token, RatingLevel.Dissatisfied, "材料说了三次")));
        var (_, task) = await LoadAsync(token);
        Assert.NotNull(task);
        Assert.Equal(D("2026-03-12"), task.CallbackDue); // 1 working day after Wed 11 Mar
        Assert.Equal(D("2026-04-01"), task.FixDue);      // 15 working days
        Assert.Equal(RectificationStatus.Open, task.Status);

        // 追评 is not offered before the callback.
        Assert.False((await App.SendAsync(null, new GetRatingForm(token)))!.CanFollowUp);
        await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(null, new SubmitRating(token, RatingLevel.Satisfied, null, FollowUp: true)));

        var open = (await App.SendAsync(Actors.Supervisor, new GetRectificationTasks())).Single(r => r.Task.Id == task.Id);
        Assert.Equal([RectificationAction.RecordCallback, RectificationAction.Appeal], open.Allowed.Order());
        await App.SendAsync(Actors.Supervisor, new RecordRectificationCallback(task.Id, "已回访，情况属实"));
        Assert.True((await App.SendAsync(null, new GetRatingForm(token)))!.CanFollowUp);
        Assert.Equal(RatingSubmitted.FollowUpRecorded, await App.SendAsync(null, new SubmitRating(token, RatingLevel.Satisfied, "整改后满意", FollowUp: true)));
        var twice = await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(null, new SubmitRating(token, RatingLevel.VerySatisfied, null, FollowUp: true)));
        Assert.Equal(RatingRuleCodes.FollowUpUsed, twice.Code);

        await App.SendAsync(Actors.Supervisor, new RecordRectificationFix(task.Id, "窗口已统一材料清单"));
        await App.SendAsync(Actors.Supervisor, new CloseRectification(task.Id));
        var rows = await App.SendAsync(Actors.Supervisor, new GetRectificationTasks());
        var row = rows.Single(r => r.Task.Id == task.Id);
        Assert.Equal(RectificationStatus.Closed, row.Task.Status);
        Assert.Empty(row.Allowed);
        Assert.True(row.Task.WasOnTime);
        Assert.Equal(RatingLevel.Satisfied, row.FollowUpLevel);
    }

    [Fact]
    public async Task An_upheld_appeal_takes_the_rating_out_of_the_statistics()
    {
        var c = await DeliveredAsync();
        var token = (await App.SendAsync(Actors.Clerk, new CreateRatingInvitation(c.Id))).Token;
        await App.SendAsync(null, new SubmitRating(token, RatingLevel.VeryDissatisfied, "乱点的"));
        var (_, task) = await LoadAsync(token);
        var filter = new StatisticsFilter(D("2026-03-11"), D("2026-03-11"));
        var before = await App.SendAsync(Actors.Supervisor, new GetStatistics(filter));

        await App.SendAsync(Actors.Supervisor, new AppealRating(task!.Id, "申请人回访时表示误点"));
        await App.SendAsync(Actors.Supervisor, new DecideRatingAppeal(task.Id, true, "核实为误评"));
        var (rating, dismissed) = await LoadAsync(token);
        Assert.True(rating.Excluded);
        Assert.Equal(RectificationStatus.Dismissed, dismissed!.Status);
        var after = await App.SendAsync(Actors.Supervisor, new GetStatistics(filter));
        Assert.Equal(before.Ratings.ByLevel[RatingLevel.VeryDissatisfied] - 1, after.Ratings.ByLevel[RatingLevel.VeryDissatisfied]);
        Assert.Equal(before.Ratings.Excluded + 1, after.Ratings.Excluded);
    }
}
