using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.BackOffice;
using static ClerkStation.Tests.Features.BackOffice.CaseScenario;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Features.BackOffice;

/// <summary>A queue row offers each reviewer what the case would let them do: claim a free case, release their own, nothing on a colleague's.</summary>
public sealed class DepartmentQueueActionsTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    [Fact]
    public async Task A_free_case_offers_claim_a_claimed_one_offers_release_to_its_holder_and_nothing_to_a_colleague()
    {
        var (id, number) = await SubmitPromisedAsync(app);
        Assert.Contains(CaseAction.Claim, (await RowAsync(ReviewerMz, number)).Allowed);

        await app.SendAsync(ReviewerMz, new ClaimCase(id));

        var holders = (await RowAsync(ReviewerMz, number)).Allowed;
        Assert.Contains(CaseAction.Release, holders);
        Assert.DoesNotContain(CaseAction.Claim, holders);
        var colleagues = (await RowAsync(ReviewerMz2, number)).Allowed;
        Assert.DoesNotContain(CaseAction.Claim, colleagues);
        Assert.DoesNotContain(CaseAction.Release, colleagues);
    }

    private async Task<QueueRow> RowAsync(Actor reviewer, string number) =>
        Assert.Single(await app.SendAsync(reviewer, new GetDepartmentQueue()), r => r.Number == number);
}
