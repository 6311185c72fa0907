using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClerkStation.Tests.Features.Persistence;

/// <summary>
/// <see cref="CounterDecided"/> is raised by the decision's submission record and published by the one dispatcher: once,
/// after the commit, and not at all when the save fails (ADR 0009). Seen through its live update to the clerk's customer screen.
/// </summary>
public sealed class CounterDecidedEventTests(FailingSaveAppFactory app) : IClassFixture<FailingSaveAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The decision numbers published to the clerk's screen, each with whether it was already committed then.</summary>
    private IDisposable WatchClerkScreen(List<(string Number, bool Committed)> seen) =>
        app.Services.GetRequiredService<LiveUpdates>().Subscribe(
            topic => topic == LiveUpdates.ClerkTopic(Actors.Clerk.UserId),
            async change =>
            {
                if (change.CaseNumber is not { } number)
                {
                    return;
                }

                await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync();
                var committed = await db.IntakeDecisions.AnyAsync(d => d.Number == number);
                lock (seen)
                {
                    seen.Add((number, committed));
                }
            });

    [Fact]
    public async Task A_refusal_is_published_once_after_its_commit_and_not_again_when_repeated()
    {
        var seen = new List<(string Number, bool Committed)>();
        using var watch = WatchClerkScreen(seen);
        var refusal = IntakeSamples.Refusal(Guid.NewGuid());

        var outcome = await app.SendAsync(Actors.Clerk, refusal);
        var again = await app.SendAsync(Actors.Clerk, refusal);

        Assert.Equal(outcome.DecisionNumber, again.DecisionNumber);
        var published = Assert.Single(seen, s => s.Number == outcome.DecisionNumber);
        Assert.True(published.Committed, "the event was published before the decision was committed");
    }

    [Fact]
    public async Task A_notice_is_published_once_after_its_commit()
    {
        var seen = new List<(string Number, bool Committed)>();
        using var watch = WatchClerkScreen(seen);

        var outcome = await app.SendAsync(Actors.Clerk, IntakeSamples.Notice(Guid.NewGuid()));

        var published = Assert.Single(seen, s => s.Number == outcome.DecisionNumber);
        Assert.True(published.Committed);
    }

    [Fact]
    public async Task A_decision_whose_save_fails_publishes_nothing()
    {
        var seen = new List<(string Number, bool Committed)>();
        using var watch = WatchClerkScreen(seen);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
        var before = await db.IntakeDecisions.CountAsync(Ct);

        app.Saves.FailNext();
        await Assert.ThrowsAnyAsync<Exception>(() => app.SendAsync(Actors.Clerk, IntakeSamples.Notice(Guid.NewGuid())));

        Assert.Empty(seen);
        Assert.Equal(before, await db.IntakeDecisions.CountAsync(Ct));
    }
}

/// <summary>Fails the next save that records a counter decision, once armed.</summary>
public sealed class FailingSave : SaveChangesInterceptor
{
    private int _armed;

    public void FailNext() => Volatile.Write(ref _armed, 1);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && db.ChangeTracker.Entries<IntakeSubmission>().Any() && Interlocked.Exchange(ref _armed, 0) == 1)
        {
            throw new DbUpdateException("The test failed this save.");
        }

        return ValueTask.FromResult(result);
    }
}

/// <summary>The app with a <see cref="FailingSave"/> on its databases.</summary>
public sealed class FailingSaveAppFactory : ClerkAppFactory
{
    public FailingSave Saves { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Saves));
    }
}
