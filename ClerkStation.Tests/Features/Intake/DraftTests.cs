using System.Collections.Concurrent;
using System.Text.Json;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Intake;

/// <summary>
/// Drafts are per application (the clerk and the application's submission key): two tabs of one clerk never fight over
/// one row, a decision deletes its draft in its own transaction, and a restored draft decides with its own key.
/// </summary>
public sealed class DraftTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static readonly Applicant WangFang = new(ApplicantKind.Person, "王芳", TestIds.WangFang, "13800138000", "定海区展茅街道");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SaveDraft Draft(Guid key, string contributionLevel) => new(
        key, "RS-002", WangFang,
        new FormData().Set("currentLevel", "300").Set("contributionLevel", contributionLevel).Set("effectiveYear", "next").ToJson(),
        new Dictionary<string, MaterialStatus> { ["id-or-ssc"] = MaterialStatus.Original });

    private static SubmitApplication Accept(SaveDraft draft) =>
        new(draft.SubmissionKey, draft.TargetCode, draft.Applicant, draft.FormDataJson, draft.Materials);

    private async Task<ClerkDbContext> DbAsync() =>
        await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);

    [Fact]
    public async Task Two_tabs_of_one_clerk_saving_and_discarding_at_once_raise_nothing_and_lose_nothing()
    {
        var clerk = ClerkStation.Domain.Staff.Actor.Create("two-tabs", "两个标签页", [ClerkStation.Domain.Staff.StaffRole.Clerk]);
        var (tabA, tabB) = (Guid.NewGuid(), Guid.NewGuid());
        var failures = new ConcurrentBag<Exception>();

        // Tab A and tab B type at once; a third session keeps opening and discarding short-lived applications.
        await Parallel.ForEachAsync(Enumerable.Range(0, 120), new ParallelOptions { MaxDegreeOfParallelism = 6, CancellationToken = Ct }, async (i, ct) =>
        {
            try
            {
                switch (i % 3)
                {
                    case 0:
                        await app.SendAsync(clerk, m => m.Send(Draft(tabA, "A" + i), ct));
                        break;
                    case 1:
                        await app.SendAsync(clerk, m => m.Send(Draft(tabB, "B" + i), ct));
                        break;
                    default:
                        var brief = Guid.NewGuid();
                        await app.SendAsync(clerk, m => m.Send(Draft(brief, "C" + i), ct));
                        await app.SendAsync(clerk, m => m.Send(new DiscardDraft(brief), ct));
                        await app.SendAsync(clerk, m => m.Send(new DiscardDraft(brief), ct)); // already gone: nothing to do
                        break;
                }
            }
            catch (Exception ex)
            {
                failures.Add(ex);
            }
        });

        Assert.Empty(failures.Select(f => f.ToString()));
        var drafts = await app.SendAsync(clerk, m => m.Send(new GetDrafts(), Ct));
        Assert.Equal(new[] { tabA, tabB }.Order(), drafts.Select(d => d.SubmissionKey).Order());
        Assert.StartsWith("A", FormData.FromJson(drafts.Single(d => d.SubmissionKey == tabA).FormDataJson).Get("contributionLevel"));
        Assert.StartsWith("B", FormData.FromJson(drafts.Single(d => d.SubmissionKey == tabB).FormDataJson).Get("contributionLevel"));
    }

    [Fact]
    public async Task Two_sessions_saving_the_same_application_at_once_keep_one_draft()
    {
        var clerk = ClerkStation.Domain.Staff.Actor.Create("same-key", "同一申请", [ClerkStation.Domain.Staff.StaffRole.Clerk]);
        var key = Guid.NewGuid();

        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(() => app.SendAsync(clerk, m => m.Send(Draft(key, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), Ct)))));

        var draft = Assert.Single(await app.SendAsync(clerk, m => m.Send(new GetDrafts(), Ct)));
        Assert.Equal(key, draft.SubmissionKey);
    }

    [Fact]
    public async Task A_decision_deletes_its_draft_and_a_later_save_of_that_application_is_refused()
    {
        var draft = Draft(Guid.NewGuid(), "1000");
        Assert.Equal(DraftSaved.Saved, await app.SendAsync(Actors.Clerk, m => m.Send(draft, Ct)));
        var other = Draft(Guid.NewGuid(), "2000");
        await app.SendAsync(Actors.Clerk, m => m.Send(other, Ct));

        await app.SendAsync(Actors.Clerk, m => m.Send(Accept(draft), Ct));

        var left = await app.SendAsync(Actors.Clerk, m => m.Send(new GetDrafts(), Ct));
        Assert.DoesNotContain(left, d => d.SubmissionKey == draft.SubmissionKey);
        Assert.Contains(left, d => d.SubmissionKey == other.SubmissionKey);
        // A debounced save arriving after the decision (or from another tab) does not bring the draft back.
        Assert.Equal(DraftSaved.AlreadyDecided, await app.SendAsync(Actors.Clerk, m => m.Send(draft, Ct)));
        Assert.DoesNotContain(await app.SendAsync(Actors.Clerk, m => m.Send(new GetDrafts(), Ct)), d => d.SubmissionKey == draft.SubmissionKey);
    }

    [Fact]
    public async Task A_restored_draft_of_an_application_already_decided_gives_the_same_case_not_a_second()
    {
        var draft = Draft(Guid.NewGuid(), "1000");
        await app.SendAsync(Actors.Clerk, m => m.Send(draft, Ct));
        var first = await app.SendAsync(Actors.Clerk, m => m.Send(Accept(draft), Ct));

        // As if the draft had survived the decision (a crash, an old backup): it is offered again, with its key.
        await using (var db = await DbAsync())
        {
            db.FormDrafts.Add(new FormDraft
            {
                UserId = Actors.Clerk.UserId, SubmissionKey = draft.SubmissionKey, TargetCode = draft.TargetCode,
                ApplicantJson = JsonSerializer.Serialize(draft.Applicant), FormDataJson = draft.FormDataJson,
                MaterialsJson = JsonSerializer.Serialize(draft.Materials), UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync(Ct);
        }

        var restored = Assert.Single(await app.SendAsync(Actors.Clerk, m => m.Send(new GetDrafts(), Ct)), d => d.SubmissionKey == draft.SubmissionKey);
        var again = await app.SendAsync(Actors.Clerk, m => m.Send(new SubmitApplication(restored.SubmissionKey, restored.TargetCode, restored.Applicant, restored.FormDataJson, restored.Materials), Ct));

        Assert.Equal(first.Cases[0].Number, again.Cases[0].Number);
        await using var check = await DbAsync();
        Assert.Equal(1, await check.Cases.CountAsync(c => c.Id == first.Cases[0].Id, Ct));
        Assert.Equal(1, await check.IntakeSubmissions.CountAsync(s => s.Key == draft.SubmissionKey, Ct));
    }

    [Fact]
    public async Task A_clerk_sees_only_their_own_drafts_latest_first()
    {
        var clerk = ClerkStation.Domain.Staff.Actor.Create("own-drafts", "自己的草稿", [ClerkStation.Domain.Staff.StaffRole.Clerk]);
        var (older, newer) = (Draft(Guid.NewGuid(), "300"), Draft(Guid.NewGuid(), "500"));
        await app.SendAsync(clerk, m => m.Send(older, Ct));
        await Task.Delay(20, Ct);
        await app.SendAsync(clerk, m => m.Send(newer, Ct));
        await app.SendAsync(Actors.Trainee, m => m.Send(Draft(Guid.NewGuid(), "700"), Ct));

        var drafts = await app.SendAsync(clerk, m => m.Send(new GetDrafts(), Ct));

        Assert.Equal([newer.SubmissionKey, older.SubmissionKey], drafts.Select(d => d.SubmissionKey).ToArray());
    }
}
