using ClerkStation.Domain.Common;
using ClerkStation.Domain.Ratings;
using ClerkStation.Features.Ratings;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Realtime;
using Microsoft.EntityFrameworkCore;
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

    [Fact]
    public async Task The_floor_hears_a_rating_only_once_it_is_saved_with_its_audit_row_naming_nobody()
    {
        var c = NewCase(Actors.Clerk, "mz", At("2026-03-11", 9), 0);
        DeliverNow(c, Actors.Clerk, At("2026-03-11", 9));
        await SaveAsync(App, c);
        var token = (await App.SendAsync(Actors.Clerk, new CreateRatingInvitation(c.Id))).Token;
        var savedWhenHeard = new List<bool>();
        using var subscription = App.Services.GetRequiredService<LiveUpdates>().Subscribe(t => t == LiveUpdates.FloorTopic, async _ =>
        {
            await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
            var rated = await db.ServiceRatings.AnyAsync(r => r.Token == token && r.Level != null, Ct);
            lock (savedWhenHeard) { savedWhenHeard.Add(rated); }
        });

        await App.SendAsync(null, new SubmitRating(token, RatingLevel.VeryDissatisfied, "等了很久"));

        Assert.NotEmpty(savedWhenHeard); // the rating and the rectification task it opened
        Assert.All(savedWhenHeard, Assert.True);
        await using var audit = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
        var row = await audit.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == nameof(SubmitRating), Ct);
        Assert.Equal((string.Empty, true), (row.UserId, row.Succeeded));
    }
}
