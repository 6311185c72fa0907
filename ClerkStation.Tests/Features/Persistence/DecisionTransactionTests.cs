using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Persistence;

/// <summary>A counter decision is one write transaction: its number(s), the case or notice, the key, the audit row, the draft's deletion.</summary>
public sealed class DecisionTransactionTests(CountingAppFactory app) : IClassFixture<CountingAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SubmitApplication InstantChange(Guid key) => new(
        key, "RS-002", IntakeSamples.WangFang,
        new FormData().Set("currentLevel", "300").Set("contributionLevel", "1000").Set("effectiveYear", "next").ToJson(),
        new Dictionary<string, MaterialStatus> { ["id-or-ssc"] = MaterialStatus.Original });


    [Fact]
    public async Task An_accept_commits_its_number_case_key_audit_row_and_draft_deletion_in_one_transaction()
    {
        var key = Guid.NewGuid();
        var command = InstantChange(key);
        await app.SendAsync(Actors.Clerk, m => m.Send(new SaveDraft(key, command.TargetCode, command.Applicant, command.FormDataJson, command.Materials), Ct));

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
        var audited = await db.AuditEntries.CountAsync(a => a.Action == nameof(SubmitApplication) && a.Succeeded, Ct);
        Assert.True(await db.FormDrafts.AnyAsync(d => d.SubmissionKey == key, Ct));

        app.Writes.Reset();
        var outcome = await app.SendAsync(Actors.Clerk, m => m.Send(command, Ct));
        Assert.Equal(1, app.Writes.Count);

        var number = Assert.Single(outcome.Cases).Number;
        Assert.Equal(audited + 1, await db.AuditEntries.CountAsync(a => a.Action == nameof(SubmitApplication) && a.Succeeded, Ct));
        Assert.False(await db.FormDrafts.AnyAsync(d => d.SubmissionKey == key, Ct));
        Assert.True(await db.Cases.AnyAsync(c => c.Number == number, Ct));
    }

    [Fact]
    public async Task A_refusal_and_a_notice_are_one_transaction_each()
    {
        _ = app.Services; // the host's start-up (migrations, seeding) is not the decision's write
        app.Writes.Reset();
        await app.SendAsync(Actors.Clerk, m => m.Send(IntakeSamples.Refusal(Guid.NewGuid()), Ct));
        Assert.Equal(1, app.Writes.Count);

        app.Writes.Reset();
        await app.SendAsync(Actors.Clerk, m => m.Send(IntakeSamples.Notice(Guid.NewGuid()), Ct));
        Assert.Equal(1, app.Writes.Count);
    }

    [Fact]
    public async Task A_repeated_accept_writes_nothing()
    {
        var key = Guid.NewGuid();
        var first = await app.SendAsync(Actors.Clerk, m => m.Send(InstantChange(key), Ct));

        app.Writes.Reset();
        var again = await app.SendAsync(Actors.Clerk, m => m.Send(InstantChange(key), Ct));

        Assert.Equal(0, app.Writes.Count);
        Assert.Equal(first.Cases[0].Number, again.Cases[0].Number);
    }
}
