using ClerkStation.Domain.Common;
using ClerkStation.Domain.Ratings;
using ClerkStation.Features.Ratings;
using ClerkStation.Infrastructure.Realtime;
using ClerkStation.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Features.Supervisor.SupervisorTestKit;

namespace ClerkStation.Tests.Features.Ratings;

/// <summary>A signed-out applicant's rating reaches the supervisor's floor through the rating's own event, after the save; a refused one does not.</summary>
public sealed class RatingLiveUpdateTests : FreshAppTest<FixedClockAppFactory>
{
    private readonly List<LiveChange> _heard = [];

    protected override ValueTask StartedAsync()
    {
        App.Services.GetRequiredService<LiveUpdates>().Subscribe(t => t == LiveUpdates.FloorTopic, change => { lock (_heard) { _heard.Add(change); } return Task.CompletedTask; });
        return ValueTask.CompletedTask;
    }

    private List<LiveChange> Heard() { lock (_heard) { return [.. _heard]; } }

    [Fact]
    public async Task A_rating_reaches_the_floor_with_its_case_and_a_refused_second_rating_tells_nothing()
    {
        var c = NewCase(Actors.Clerk, "mz", At("2026-03-11", 9), 0);
        DeliverNow(c, Actors.Clerk, At("2026-03-11", 9));
        await SaveAsync(App, c);
        var token = (await App.SendAsync(Actors.Clerk, new CreateRatingInvitation(c.Id))).Token;

        await App.SendAsync(null, new SubmitRating(token, RatingLevel.Satisfied, null));
        Assert.Contains(Heard(), h => h.CaseNumber == c.Number);

        lock (_heard) { _heard.Clear(); }
        await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(null, new SubmitRating(token, RatingLevel.VeryDissatisfied, null)));
        Assert.Empty(Heard());
    }
}
