using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using ClerkStation.Features.BackOffice;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Realtime;
using Microsoft.EntityFrameworkCore;
using static ClerkStation.Tests.Features.BackOffice.CaseScenario;

namespace ClerkStation.Tests.Features.Persistence;

/// <summary>The one command path: the change and its audit row in one write transaction, the events published after it.</summary>
public sealed class CommandPathTests(CountingAppFactory app) : IClassFixture<CountingAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> AuditRowsAsync(string action, string number, bool succeeded)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
        return await db.AuditEntries.CountAsync(a => a.Action == action && a.Target == number && a.Succeeded == succeeded, Ct);
    }

    [Fact]
    public async Task A_case_command_commits_the_change_and_its_audit_row_in_one_write_transaction()
    {
        var (id, number) = await SubmitPromisedAsync(app);

        app.Writes.Reset();
        await app.SendAsync(Actors.ReviewerMz, new ClaimCase(id));

        Assert.Equal(1, app.Writes.Count);
        Assert.Equal(1, await AuditRowsAsync(nameof(ClaimCase), number, succeeded: true));
    }

    [Fact]
    public async Task A_refused_command_saves_nothing_and_its_failure_is_audited()
    {
        var (id, number) = await SubmitPromisedAsync(app);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => app.SendAsync(Actors.ReviewerMz, new ApproveCase(id)));

        Assert.Equal(CaseRuleCodes.NotAllowedInStatus, refused.Code);
        Assert.Equal(0, await AuditRowsAsync(nameof(ApproveCase), number, succeeded: true));
        Assert.Equal(1, await AuditRowsAsync(nameof(ApproveCase), number, succeeded: false));
    }

    [Fact]
    public async Task A_missing_case_is_refused_with_the_not_found_code()
    {
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => app.SendAsync(Actors.ReviewerMz, new ClaimCase(Guid.NewGuid())));

        Assert.Equal(CaseRuleCodes.NotFound, refused.Code);
    }

    [Fact]
    public async Task The_saved_step_reaches_the_department_queue_the_clerk_and_the_floor()
    {
        var (id, number) = await SubmitPromisedAsync(app);
        var seen = new List<string>();
        using var subscription = app.Services.GetRequiredService<LiveUpdates>().Subscribe(
            _ => true,
            change =>
            {
                if (change.CaseNumber == number)
                {
                    lock (seen)
                    {
                        seen.Add(change.Topic);
                    }
                }
                return Task.CompletedTask;
            });

        await app.SendAsync(Actors.ReviewerMz, new ClaimCase(id));

        Assert.Contains(LiveUpdates.DepartmentTopic("mz"), seen);
        Assert.Contains(LiveUpdates.ClerkTopic(Actors.Clerk.UserId), seen);
        Assert.Contains(LiveUpdates.FloorTopic, seen);
    }
}
