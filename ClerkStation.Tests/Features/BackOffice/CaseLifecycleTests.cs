using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.BackOffice;
using ClerkStation.Features.BackOffice.Checks;
using ClerkStation.Features.Counter;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Tests.Support;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ClerkStation.Tests.Features.BackOffice.CaseScenario;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Features.BackOffice;

/// <summary>The case lifecycle through the real handlers, pipeline and SQLite database.</summary>
public sealed class CaseLifecycleTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Case> LoadAsync(string number)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync();
        return await db.Cases.AsNoTracking().SingleAsync(c => c.Number == number);
    }

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
        Assert.Equal(ReviewerMz.UserId, (await LoadAsync(number)).ClaimedById);

        var released = await app.SendAsync(ReviewerMz, new ReleaseCase(id));
        Assert.Equal(CaseStatus.Routed, released.Status);
        Assert.Null((await LoadAsync(number)).ClaimedById);
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
        Assert.Equal(CaseStatus.InReview, (await LoadAsync(number)).Status);
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
        Assert.Equal(ReviewerMz.UserId, (await LoadAsync(number)).ClaimedById);
    }

    [Fact]
    public async Task Supplement_stops_the_clock_the_counter_sees_it_and_recording_it_returns_the_case_to_the_reviewer()
    {
        var (id, number) = await SubmitPromisedAsync(app);
        await app.SendAsync(ReviewerMz, new ClaimCase(id));
        var requested = await app.SendAsync(ReviewerMz, new RequestSupplement(id, ["户口簿复印件", "  "]));
        Assert.Equal(CaseStatus.SupplementRequested, requested.Status);
        Assert.NotNull((await LoadAsync(number)).PausedSince);

        var counter = await app.SendAsync(Clerk, new GetCounterFollowUps());
        var part = Assert.Single(counter.SelectMany(l => l.Parts), p => p.Number == number);
        Assert.Equal(["户口簿复印件"], part.SupplementItems);

        var recorded = await app.SendAsync(Clerk, new RecordCaseSupplement(id));
        Assert.Equal(CaseStatus.InReview, recorded.Status);
        var after = await LoadAsync(number);
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
        Assert.True((await LoadAsync(number)).IsPaused);
        Assert.Equal(CaseStatus.InReview, (await app.SendAsync(ReviewerMz, new ResumeCase(id))).Status);
        Assert.False((await LoadAsync(number)).IsPaused);
    }

    [Fact]
    public async Task Deny_needs_a_reason_and_then_goes_back_to_the_counter()
    {
        var (id, number) = await SubmitPromisedAsync(app);
        await app.SendAsync(ReviewerMz, new ClaimCase(id));
        var noReason = await Assert.ThrowsAsync<DomainRuleException>(() => app.SendAsync(ReviewerMz, new DenyCase(id, " ")));
        Assert.Equal(CaseRuleCodes.ReasonRequired, noReason.Code);

        Assert.Equal(CaseStatus.ReadyForDelivery, (await app.SendAsync(ReviewerMz, new DenyCase(id, "不符合条件"))).Status);
        var denied = await LoadAsync(number);
        Assert.Equal(CaseOutcome.Denied, denied.Outcome);
        Assert.Contains(await app.SendAsync(Clerk, new GetCounterFollowUps()), l => l.Parts.Any(p => p.Number == number && p.Outcome == CaseOutcome.Denied));
    }

    [Fact]
    public async Task The_counter_finds_a_case_by_number_applicant_name_or_id_and_filters_by_status()
    {
        var (id, number) = await SubmitPromisedAsync(app);
        await app.SendAsync(ReviewerMz, new ClaimCase(id));
        await app.SendAsync(ReviewerMz, new ApproveCase(id, "材料齐全"));

        static bool Has(IReadOnlyList<CounterLine> lines, string number) => lines.Any(l => l.Parts.Any(p => p.Number == number));
        Assert.True(Has(await app.SendAsync(Clerk, new GetCounterFollowUps(number.ToLowerInvariant())), number));
        Assert.True(Has(await app.SendAsync(Clerk, new GetCounterFollowUps("张三")), number));
        Assert.True(Has(await app.SendAsync(Clerk, new GetCounterFollowUps(ApplicantId[^6..])), number));
        Assert.True(Has(await app.SendAsync(Clerk, new GetCounterFollowUps(null, CaseStatus.ReadyForDelivery)), number));
        Assert.False(Has(await app.SendAsync(Clerk, new GetCounterFollowUps(null, CaseStatus.SupplementRequested)), number));
        Assert.False(Has(await app.SendAsync(Clerk, new GetCounterFollowUps("李四")), number));

        // The delivery dialog starts from the applicant, in full, for the clerk the case belongs to only.
        Assert.Equal(new CollectorPrefill("张三", ApplicantId), await app.SendAsync(Clerk, new GetCollectorPrefill(number)));
    }

    [Fact]
    public async Task Approve_then_deliver_at_the_window_records_the_collector_and_the_whole_timeline()
    {
        var (id, number) = await SubmitPromisedAsync(app);
        await app.SendAsync(ReviewerMz, new ClaimCase(id));
        await app.SendAsync(ReviewerMz, new ApproveCase(id, "材料齐全"));

        var badId = await Assert.ThrowsAsync<RequestValidationException>(() =>
            app.SendAsync(Clerk, new DeliverCase(id, DeliveryMethod.Window, "张三", "330902199001011239", null)));
        Assert.Contains(badId.Problems, p => p.Path == "collectorIdNumber");

        var delivered = await app.SendAsync(Clerk, new DeliverCase(id, DeliveryMethod.Window, "张三", ApplicantId, null));
        Assert.Equal(CaseStatus.Delivered, delivered.Status);
        var done = await LoadAsync(number);
        Assert.Equal(ApplicantId, done.Delivery!.CollectedByIdNumber);
        Assert.Equal(
            [CaseEventType.Accepted, CaseEventType.Claimed, CaseEventType.Approved, CaseEventType.Delivered],
            done.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => e.Type).ToArray());
        Assert.DoesNotContain(await app.SendAsync(Clerk, new GetCounterFollowUps()), l => l.Parts.Any(p => p.Number == number));

        // 一次一评: the delivered service is invited for a rating at once, with an unguessable link for the receipt.
        var invitation = await app.SendAsync(Clerk, new ClerkStation.Features.Ratings.GetRatingInvitation(number));
        Assert.NotNull(invitation);
        Assert.StartsWith("/rate/", invitation.Path, StringComparison.Ordinal);
        Assert.True(invitation.Token.Length >= 32);
    }

    [Fact]
    public async Task Delivery_by_post_needs_the_tracking_number()
    {
        var (id, number) = await SubmitPromisedAsync(app);
        await app.SendAsync(ReviewerMz, new ClaimCase(id));
        await app.SendAsync(ReviewerMz, new ApproveCase(id));
        await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAsync(Clerk, new DeliverCase(id, DeliveryMethod.Post, null, null, " ")));
        await app.SendAsync(Clerk, new DeliverCase(id, DeliveryMethod.Post, null, null, "SF1234567890"));
        Assert.Equal("SF1234567890", (await LoadAsync(number)).Delivery!.TrackingNumber);
    }

    [Fact]
    public async Task A_misrouted_case_goes_unclaimed_to_the_named_department()
    {
        var (id, number) = await SubmitPromisedAsync(app);
        await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAsync(ReviewerMz, new ReturnMisroutedCase(id, "nope", "错派")));
        var returned = await app.SendAsync(ReviewerMz, new ReturnMisroutedCase(id, "rs", "应由人社办理"));
        Assert.Equal(CaseStatus.Routed, returned.Status);
        Assert.Equal("rs", (await LoadAsync(number)).DepartmentCode);
        Assert.Contains(await app.SendAsync(ReviewerRs, new GetDepartmentQueue()), r => r.Number == number);
        Assert.Null(await app.SendAsync(ReviewerMz, new GetCaseReview(number)));
    }

    [Fact]
    public async Task Reading_a_review_writes_nothing_and_recording_the_view_audits_it()
    {
        var (id, number) = await SubmitPromisedAsync(app);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
        var before = await db.AuditEntries.CountAsync(Ct);

        var review = await app.SendAsync(ReviewerMz, new GetCaseReview(number));
        Assert.Equal(ApplicantId, review!.Case.Applicant.IdNumber);
        Assert.NotEmpty(review.Form.Fields);
        Assert.Equal(before, await db.AuditEntries.CountAsync(Ct));

        Assert.True(await app.SendAsync(ReviewerMz, new RecordCaseView(id)));
        var views = await db.AuditEntries.Where(a => a.Target == number && a.UserId == ReviewerMz.UserId).ToListAsync(Ct);
        var view = Assert.Single(views);
        Assert.Equal(RecordCaseView.ViewPersonalData, view.Action);
        Assert.True(view.Succeeded);
    }

    [Fact]
    public async Task A_view_of_another_departments_case_is_not_recorded()
    {
        var (id, number) = await SubmitPromisedAsync(app);

        Assert.False(await app.SendAsync(ReviewerRs, new RecordCaseView(id)));

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == RecordCaseView.ViewPersonalData && a.Target == number, Ct));
    }

    [Theory]
    [InlineData("1500", true)]
    [InlineData("900", false)]
    public async Task Civil_affairs_flags_a_low_income_household_above_the_local_standard(string secondIncome, bool flagged)
    {
        var data = new FormData();
        data.AddRow("members").Set("monthlyIncome", "1000");
        data.AddRow("members").Set("monthlyIncome", secondIncome);
        var run = new RunDepartmentChecks(Guid.NewGuid(), "mz", "MZ-001", data);
        await using (var scope = app.ScopeFor(ReviewerMz))
        {
            await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(run, Ct);
        }

        Assert.Equal(flagged, run.Findings.Any(f => f.Code == MzLowIncomeCheck.Code));
        if (flagged)
        {
            Assert.Equal(["1250", "1200"], run.Findings.Single().Args);
        }
    }

    [Fact]
    public async Task Department_checks_only_run_for_their_own_department()
    {
        var data = new FormData();
        data.AddRow("members").Set("monthlyIncome", "99999");
        var run = new RunDepartmentChecks(Guid.NewGuid(), "rs", "MZ-001", data);
        await using var scope = app.ScopeFor(ReviewerRs);
        await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(run, Ct);
        Assert.Empty(run.Findings);
    }

    [Fact]
    public void A_bundle_is_complete_only_when_every_part_is_delivered()
    {
        static CounterPart Part(CaseStatus status) => new(Guid.NewGuid(), "N", "X", ClerkStation.Domain.Catalog.LocalizedText.Empty, status, null, [], "张*", "3302****1238", null);
        var open = new CounterLine(Guid.NewGuid(), null, [Part(CaseStatus.Delivered), Part(CaseStatus.ReadyForDelivery)]);
        var done = open with { Parts = [Part(CaseStatus.Delivered), Part(CaseStatus.Delivered)] };
        Assert.False(open.IsComplete);
        Assert.True(open.NeedsAction);
        Assert.Equal(1, open.DeliveredCount);
        Assert.True(done.IsComplete);
    }
}
