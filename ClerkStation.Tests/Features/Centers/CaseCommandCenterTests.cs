using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.BackOffice;
using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure.Practice;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Centers;

/// <summary>
/// A case number is unique within one center only; a case command names its case by id (ADR 0009), and the id of
/// another center's case is "not found" for the sender: never acted on, never revealed. Its own app, because it gives
/// two centers the same number.
/// </summary>
public sealed class CaseCommandCenterTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private const int Other = TestCenters.Gaoting;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // MZ-012: promised, routed to civil affairs (mz).
    private static SubmitApplication Promised() => new(
        Guid.NewGuid(), "MZ-012", new Applicant(ApplicantKind.Person, "王芳", TestIds.WangFang, "13800138000"),
        new FormData().Set("changeReason", "account").Set("holderName", "李明").Set("holderId", TestIds.LiMing).ToJson(),
        new Dictionary<string, MaterialStatus>());

    [Fact]
    public async Task A_case_command_with_the_id_of_another_centers_case_of_the_same_number_is_not_found_and_changes_nothing()
    {
        await TestCenters.EnsureAsync(app, Ct);
        var here = Assert.Single((await app.SendAsync(Actors.Clerk, m => m.Send(Promised()))).Cases);
        var there = Assert.Single((await app.SendAsync(Actors.Clerk.InCenter(Other), m => m.Send(Promised()))).Cases);
        // A number is unique within its center only: the other center's case gets this one's number.
        await using (var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct))
        {
            await db.Cases.Where(c => c.Id == there.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.Number, here.Number), Ct);
        }

        var before = await BothAsync(here.Id, there.Id);
        Assert.Equal([here.Number, here.Number], before.Select(c => c.Number));

        var claim = await Assert.ThrowsAsync<DomainRuleException>(() =>
            app.SendAsync(Actors.ReviewerMz, m => m.Send(new ClaimCase(there.Id))));
        var deny = await Assert.ThrowsAsync<DomainRuleException>(() =>
            app.SendAsync(Actors.ReviewerMz.InCenter(Other), m => m.Send(new DenyCase(here.Id, "不符合条件"))));
        Assert.All([claim, deny], refused =>
        {
            Assert.Equal(CaseRuleCodes.NotFound, refused.Code);
            Assert.DoesNotContain(here.Number, refused.Message, StringComparison.Ordinal);
        });
        Assert.Equal(before, await BothAsync(here.Id, there.Id));

        // The reviewer's own case of that number is the one claimed, and only it.
        await app.SendAsync(Actors.ReviewerMz, m => m.Send(new ClaimCase(here.Id)));
        var after = await BothAsync(here.Id, there.Id);
        Assert.Equal(Actors.ReviewerMz.UserId, after.Single(c => c.Id == here.Id).ClaimedById);
        Assert.Equal(before.Single(c => c.Id == there.Id), after.Single(c => c.Id == there.Id));
    }

    private sealed record CaseState(Guid Id, int CenterId, string Number, CaseStatus Status, string? ClaimedById, int Version);

    private async Task<List<CaseState>> BothAsync(Guid first, Guid second)
    {
        await using var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
        var rows = await db.Cases.AsNoTracking().Where(c => c.Id == first || c.Id == second)
            .Select(c => new CaseState(c.Id, c.CenterId, c.Number, c.Status, c.ClaimedById, c.Version)).ToListAsync(Ct);
        return [.. rows.OrderBy(c => c.Id == first ? 0 : 1)];
    }
}
