using ClerkStation.Domain.Cases;
using ClerkStation.Features.BackOffice;
using ClerkStation.Features.FollowUps;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Tests.Features.BackOffice;
using Microsoft.EntityFrameworkCore;
using static ClerkStation.Tests.Features.BackOffice.CaseScenario;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Features.FollowUps;

/// <summary>
/// The counter's side of a decided case through the real handlers: finding it among the follow-ups, handing it out at
/// the window or by post, and a bundle's completeness.
/// </summary>
public sealed class CounterDeliveryTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    [Fact]
    public async Task The_counter_finds_a_case_by_number_applicant_name_or_id_and_filters_by_status()
    {
        var (id, number) = await SubmitPromisedAsync(app);
        await app.SendAsync(ReviewerMz, new ClaimCase(id));
        await app.SendAsync(ReviewerMz, new ApproveCase(id, "材料齐全"));

        static bool Has(IReadOnlyList<FollowUpLine> lines, string number) => lines.Any(l => l.Parts.Any(p => p.Number == number));
        Assert.True(Has(await app.SendAsync(Clerk, new GetFollowUps(number.ToLowerInvariant())), number));
        Assert.True(Has(await app.SendAsync(Clerk, new GetFollowUps("张三")), number));
        Assert.True(Has(await app.SendAsync(Clerk, new GetFollowUps(ApplicantId[^6..])), number));
        Assert.True(Has(await app.SendAsync(Clerk, new GetFollowUps(null, CaseStatus.ReadyForDelivery)), number));
        Assert.False(Has(await app.SendAsync(Clerk, new GetFollowUps(null, CaseStatus.SupplementRequested)), number));
        Assert.False(Has(await app.SendAsync(Clerk, new GetFollowUps("李四")), number));

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
        var done = await app.LoadCaseAsync(number);
        Assert.Equal(ApplicantId, done.Delivery!.CollectedByIdNumber);
        Assert.Equal(
            [CaseEventType.Accepted, CaseEventType.Claimed, CaseEventType.Approved, CaseEventType.Delivered],
            done.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => e.Type).ToArray());
        Assert.DoesNotContain(await app.SendAsync(Clerk, new GetFollowUps()), l => l.Parts.Any(p => p.Number == number));

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
        Assert.Equal("SF1234567890", (await app.LoadCaseAsync(number)).Delivery!.TrackingNumber);
    }

    [Fact]
    public void A_bundle_is_complete_only_when_every_part_is_delivered()
    {
        static FollowUpPart Part(CaseStatus status) => new(Guid.NewGuid(), "N", "X", ClerkStation.Domain.Catalog.LocalizedText.Empty, status, null, [], "张*", "3302****1238", null,
            Case.AllowedActions(new CaseStanding(status, "mz", null), Clerk));
        var open = new FollowUpLine(Guid.NewGuid(), null, [Part(CaseStatus.Delivered), Part(CaseStatus.ReadyForDelivery)]);
        var done = open with { Parts = [Part(CaseStatus.Delivered), Part(CaseStatus.Delivered)] };
        Assert.False(open.IsComplete);
        Assert.True(open.NeedsAction);
        Assert.Equal(1, open.DeliveredCount);
        Assert.True(done.IsComplete);
    }
}
