using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using ClerkStation.Features.BackOffice;
using ClerkStation.Features.FollowUps;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using Microsoft.EntityFrameworkCore;
using static ClerkStation.Tests.Features.BackOffice.CaseScenario;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Features.BackOffice;

/// <summary>The case lifecycle through the real handlers, pipeline and SQLite database.</summary>
public sealed class CaseLifecycleTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_promised_case_is_in_the_department_queue_with_the_applicant_masked()
    {
        var number = (await SubmitPromisedAsync(app)).Number;
        var queue = await app.SendAsync(ReviewerMz, new GetDepartmentQueue());
        var row = Assert.Single(queue, r => r.Number == number);
        Assert.Equal(CaseStatus.Routed, row.Status);
        Assert.Equal("张*", row.ApplicantName);
        Assert.DoesNotContain("199001011", row.ApplicantIdMasked, StringComparison.Ordinal);
        Assert.DoesNotContain(await app.SendAsync(ReviewerRs, new GetDepartmentQueue()), r => r.Number == number);
    }

    [Fact]
    public async Task Claim_and_release_move_the_case_between_queue_and_reviewer()
    {
        var (id, number) = await SubmitPromisedAsync(app);
        var claimed = await app.SendAsync(ReviewerMz, new ClaimCase(id));
        Assert.Equal(CaseStatus.InReview, claimed.Status);
        Assert.Equal(ReviewerMz.UserId, (await app.LoadCaseAsync(number)).ClaimedById);

        var released = await app.SendAsync(ReviewerMz, new ReleaseCase(id));
        Assert.Equal(CaseStatus.Routed, released.Status);
        Assert.Null((await app.LoadCaseAsync(number)).ClaimedById);
    }

    [Fact]
    public async Task A_case_claimed_by_someone_else_cannot_be_claimed_or_acted_on()
    {
        var (id, number) = await SubmitPromisedAsync(app);
        await app.SendAsync(ReviewerMz, new ClaimCase(id));

        var claim = await Assert.ThrowsAsync<DomainRuleException>(() => app.SendAsync(ReviewerMz2, new ClaimCase(id)));
        Assert.Equal(CaseRuleCodes.ClaimedByOther, claim.Code);
        Assert.Equal(ReviewerMz.DisplayName, claim.Args["heldBy"]);
        var approve = await Assert.ThrowsAsync<DomainRuleException>(() => app.SendAsync(ReviewerMz2, new ApproveCase(id)));
        Assert.Equal(CaseRuleCodes.NotClaimedByYou, approve.Code);
        Assert.Equal(CaseStatus.InReview, (await app.LoadCaseAsync(number)).Status);
    }

    [Fact]
    public async Task Two_reviewers_claiming_at_once_one_wins_and_the_other_gets_a_clear_refusal()
    {
        var number = (await SubmitPromisedAsync(app)).Number;
        var factory = app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>();
        await using var first = await factory.CreateDbContextAsync(Ct);
        await using var second = await factory.CreateDbContextAsync(Ct);
        var mine = await first.Cases.SingleAsync(c => c.Number == number, Ct);
        var theirs = await second.Cases.SingleAsync(c => c.Number == number, Ct);

        mine.Claim(ReviewerMz, DateTimeOffset.Now);
        theirs.Claim(ReviewerMz2, DateTimeOffset.Now);
        await first.SaveChangesAsync(CancellationToken.None);
        var conflict = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(CancellationToken.None));
        var lost = await CaseCommands.ExplainConflictAsync(second, theirs, ReviewerMz2.UserId, conflict);

        Assert.Equal(CaseRuleCodes.ClaimedByOther, lost.Code);
        Assert.Equal(ReviewerMz.DisplayName, lost.Args["heldBy"]);
        Assert.IsType<DbUpdateConcurrencyException>(lost.InnerException);
        Assert.Equal(ReviewerMz.UserId, (await app.LoadCaseAsync(number)).ClaimedById);
    }

    [Fact]
    public async Task Supplement_stops_the_clock_the_counter_sees_it_and_recording_it_returns_the_case_to_the_reviewer()
    {
        var (id, number) = await SubmitPromisedAsync(app);
        await app.SendAsync(ReviewerMz, new ClaimCase(id));
        var requested = await app.SendAsync(ReviewerMz, new RequestSupplement(id, ["户口簿复印件", "  "]));
        Assert.Equal(CaseStatus.SupplementRequested, requested.Status);
        Assert.NotNull((await app.LoadCaseAsync(number)).PausedSince);

        var counter = await app.SendAsync(Clerk, new GetFollowUps());
        var part = Assert.Single(counter.SelectMany(l => l.Parts), p => p.Number == number);
        Assert.Equal(["户口簿复印件"], part.SupplementItems);

        var recorded = await app.SendAsync(Clerk, new RecordCaseSupplement(id));
        Assert.Equal(CaseStatus.InReview, recorded.Status);
        var after = await app.LoadCaseAsync(number);
        Assert.Null(after.PausedSince);
        Assert.Empty(after.SupplementItems);
        Assert.Equal(ReviewerMz.UserId, after.ClaimedById);
    }

    [Fact]
    public async Task An_empty_supplement_list_is_refused_with_its_code()
    {
        var (id, number) = await SubmitPromisedAsync(app);
        await app.SendAsync(ReviewerMz, new ClaimCase(id));
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => app.SendAsync(ReviewerMz, new RequestSupplement(id, [" "])));
        Assert.Equal(CaseRuleCodes.SupplementItemsRequired, refused.Code);
    }

    [Fact]
    public async Task Suspend_and_resume_pause_and_restart_the_clock()
    {
        var (id, number) = await SubmitPromisedAsync(app);
        await app.SendAsync(ReviewerMz, new ClaimCase(id));
        Assert.Equal(CaseStatus.Suspended, (await app.SendAsync(ReviewerMz, new SuspendCase(id, "公示七日"))).Status);
        Assert.True((await app.LoadCaseAsync(number)).IsPaused);
        Assert.Equal(CaseStatus.InReview, (await app.SendAsync(ReviewerMz, new ResumeCase(id))).Status);
        Assert.False((await app.LoadCaseAsync(number)).IsPaused);
    }

    [Fact]
    public async Task Deny_needs_a_reason_and_then_goes_back_to_the_counter()
    {
        var (id, number) = await SubmitPromisedAsync(app);
        await app.SendAsync(ReviewerMz, new ClaimCase(id));
        var noReason = await Assert.ThrowsAsync<DomainRuleException>(() => app.SendAsync(ReviewerMz, new DenyCase(id, " ")));
        Assert.Equal(CaseRuleCodes.ReasonRequired, noReason.Code);

        Assert.Equal(CaseStatus.ReadyForDelivery, (await app.SendAsync(ReviewerMz, new DenyCase(id, "不符合条件"))).Status);
        var denied = await app.LoadCaseAsync(number);
        Assert.Equal(CaseOutcome.Denied, denied.Outcome);
        Assert.Contains(await app.SendAsync(Clerk, new GetFollowUps()), l => l.Parts.Any(p => p.Number == number && p.Outcome == CaseOutcome.Denied));
    }

    [Fact]
    public async Task A_misrouted_case_goes_unclaimed_to_the_named_department()
    {
        var (id, number) = await SubmitPromisedAsync(app);
        await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAsync(ReviewerMz, new ReturnMisroutedCase(id, "nope", "错派")));
        var returned = await app.SendAsync(ReviewerMz, new ReturnMisroutedCase(id, "rs", "应由人社办理"));
        Assert.Equal(CaseStatus.Routed, returned.Status);
        Assert.Equal("rs", (await app.LoadCaseAsync(number)).DepartmentCode);
        Assert.Contains(await app.SendAsync(ReviewerRs, new GetDepartmentQueue()), r => r.Number == number);
        Assert.Null(await app.SendAsync(ReviewerMz, new GetCaseReview(number)));
    }
}
