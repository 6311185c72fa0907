using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Forms.Checks;
using ClerkStation.Domain.Licences;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.BackOffice;
using ClerkStation.Features.Licences;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Licences;

/// <summary>电子证照 / 免提交: held licences at intake, validity, use records, issue on approval, and who may ask.</summary>
public sealed class LicenceTests(ClerkAppFactory app) : LicenceTestBase(app)
{
    private async Task<T> RefusedWith<T>(Func<Task> act) where T : Exception => await Assert.ThrowsAsync<T>(act);

    [Fact]
    public async Task The_counter_sees_held_licences_as_valid_expired_or_revoked()
    {
        var holder = NewHolder();
        await HoldAsync(holder, "hukou-book");
        await HoldAsync(holder, "social-security-card", Today.AddDays(-1));
        await HoldAsync(holder, "disability", Today.AddYears(5), LicenceStatus.Revoked);
        await HoldAsync(holder, "resident-id", Today);

        var held = await App.SendAsync(Actors.Clerk, new GetHeldLicences(holder));

        Assert.Equal(
            [("hukou-book", LicenceState.Valid), ("resident-id", LicenceState.Valid), ("social-security-card", LicenceState.Expired), ("disability", LicenceState.Revoked)],
            held.Select(l => (l.TypeCode, l.State)));
        Assert.Empty(await App.SendAsync(Actors.Clerk, new GetHeldLicences(NewHolder())));
    }

    [Fact]
    public async Task A_valid_licence_waives_its_material_and_the_use_is_recorded_with_the_case()
    {
        var holder = NewHolder();
        var hukou = await HoldAsync(holder, "hukou-book");
        var id = await HoldAsync(holder, "resident-id", Today.AddYears(10));

        var outcome = await App.SendAsync(Actors.Clerk, DisabilityApplication(holder, new() { ["household-register"] = hukou.Id, ["id-card"] = id.Id }, "household-register", "id-card"));

        var accepted = Assert.Single(outcome.Cases);
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var stored = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == accepted.Id, TestContext.Current.CancellationToken);
        Assert.Equal(hukou.Id, stored.Materials.Single(m => m.Code == "household-register").LicenceId);
        Assert.Equal(MaterialStatus.ELicense, stored.Materials.Single(m => m.Code == "id-card").Status);
        var uses = await db.LicenceUses.AsNoTracking().Where(u => u.CaseId == accepted.Id).OrderBy(u => u.MaterialCode).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([("household-register", hukou.Id), ("id-card", id.Id)], uses.Select(u => (u.MaterialCode, u.LicenceId)));
        Assert.All(uses, u => Assert.Equal((accepted.Number, Actors.Clerk.UserId), (u.CaseNumber, u.ClerkId)));
        Assert.All(uses, u => Assert.Equal(stored.AcceptedAt, u.At));
    }

    [Theory]
    [InlineData("expired", LicenceRuleCodes.Expired)]
    [InlineData("revoked", LicenceRuleCodes.Revoked)]
    [InlineData("other holder", LicenceRuleCodes.NotHolder)]
    [InlineData("other type", LicenceRuleCodes.WrongType)]
    [InlineData("none", LicenceRuleCodes.Required)]
    [InlineData("unknown", LicenceRuleCodes.NotFound)]
    public async Task An_e_licence_the_applicant_cannot_use_is_refused_with_a_clear_problem_and_nothing_is_recorded(string situation, string code)
    {
        var holder = NewHolder();
        Guid? licence = situation switch
        {
            "expired" => (await HoldAsync(holder, "hukou-book", Today.AddDays(-1))).Id,
            "revoked" => (await HoldAsync(holder, "hukou-book", null, LicenceStatus.Revoked)).Id,
            "other holder" => (await HoldAsync(NewHolder(), "hukou-book")).Id,
            "other type" => (await HoldAsync(holder, "marriage")).Id,
            "unknown" => Guid.NewGuid(),
            _ => null,
        };
        var request = DisabilityApplication(holder, licence is { } l ? new() { ["household-register"] = l } : null, "household-register");

        var refused = await RefusedWith<RequestValidationException>(() => App.SendAsync(Actors.Clerk, request));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("materials.household-register", code), (problem.Path, problem.Code));
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.False((await db.Cases.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken)).Exists(c => c.Applicant.IdNumber == holder));
    }

    [Fact]
    public async Task Approving_an_issuing_item_gives_the_applicant_the_licence_once()
    {
        var holder = NewHolder();
        var accepted = Assert.Single((await App.SendAsync(Actors.Clerk, DisabilityApplication(holder))).Cases);
        var number = accepted.Number;
        await App.SendAsync(ReviewerCl, new ClaimCase(accepted.Id));
        await App.SendAsync(ReviewerCl, new ApproveCase(accepted.Id));

        var held = Assert.Single(await App.SendAsync(Actors.Clerk, new GetHeldLicences(holder)));
        Assert.Equal(("disability", holder + "43", LicenceState.Valid, LicenceSource.Issued), (held.TypeCode, held.Number, held.State, held.Source));
        Assert.Equal(Today.AddYears(10).AddDays(-1), held.ValidUntil);
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Equal(number, (await db.Licences.SingleAsync(l => l.Id == held.Id, TestContext.Current.CancellationToken)).CaseNumber);
    }

    [Fact]
    public void A_sole_proprietor_licence_number_is_a_valid_credit_code()
    {
        var code = LicenceNumbers.SoleProprietorCreditCode("330902", Guid.NewGuid());

        Assert.True(UnifiedCreditCode.Validate(code).IsValid, code);
        Assert.StartsWith("92330902", code, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StaffRole.Reviewer)]
    [InlineData(StaffRole.Supervisor)]
    [InlineData(StaffRole.Trainer)]
    [InlineData(StaffRole.Admin)]
    public async Task Only_counter_staff_look_up_an_applicants_licences(StaffRole role)
    {
        await RefusedWith<AccessDeniedException>(() => App.SendAsync(Actors.Of(role), new GetHeldLicences(TestIds.WangFang)));
        await RefusedWith<AccessDeniedException>(() => App.SendAsync(null, new GetHeldLicences(TestIds.WangFang)));
    }

    [Fact]
    public async Task The_reviewer_of_the_case_opens_the_licence_it_used_and_others_find_nothing()
    {
        var holder = NewHolder();
        var hukou = await HoldAsync(holder, "hukou-book");
        var other = await HoldAsync(holder, "marriage");
        var number = Assert.Single((await App.SendAsync(Actors.Clerk, DisabilityApplication(holder, new() { ["household-register"] = hukou.Id }, "household-register"))).Cases).Number;

        var certificate = await App.SendAsync(ReviewerCl, new GetLicenceCertificate(number, hukou.Id));

        Assert.Equal((hukou.Number, holder, "hukou-book"), (certificate!.Licence.Number, certificate.Licence.HolderId, certificate.Licence.TypeCode));
        Assert.Null(await App.SendAsync(Actors.ReviewerMz, new GetLicenceCertificate(number, hukou.Id)));
        Assert.Null(await App.SendAsync(ReviewerCl, new GetLicenceCertificate(number, other.Id)));
        await RefusedWith<AccessDeniedException>(() => App.SendAsync(Actors.Admin, new GetLicenceCertificate(number, hukou.Id)));
    }
}
