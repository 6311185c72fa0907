using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Intake;

public sealed class SubmitApplicationTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static readonly Applicant WangFang = new(ApplicantKind.Person, "王芳", TestIds.WangFang, "13800138000", "定海区展茅街道");

    // RS-002 城乡居民基本养老保险缴费档次变更: instant, three selects, one required material.
    private static SubmitApplication InstantChange(Guid? key = null) => new(
        key ?? Guid.NewGuid(), "RS-002", WangFang,
        new FormData().Set("currentLevel", "300").Set("contributionLevel", "1000").Set("effectiveYear", "next").ToJson(),
        new Dictionary<string, MaterialStatus> { ["id-or-ssc"] = MaterialStatus.Original });

    // MZ-012 残疾人两项补贴停发、变更: promised (10 working days), civil affairs.
    private static SubmitApplication PromisedChange() => new(
        Guid.NewGuid(), "MZ-012", WangFang,
        new FormData().Set("changeReason", "account").Set("holderName", "李明").Set("holderId", TestIds.LiMing).ToJson(),
        new Dictionary<string, MaterialStatus>());

    private async Task<List<Case>> CasesAsync(Func<Case, bool> filter)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync();
        return (await db.Cases.AsNoTracking().ToListAsync()).Where(filter).ToList();
    }

    [Fact]
    public async Task An_instant_item_is_completed_on_the_spot_and_numbered_for_the_day()
    {
        var outcome = await app.SendAsync(Actors.Clerk, m => m.Send(InstantChange()));

        var accepted = Assert.Single(outcome.Cases);
        Assert.Matches(@"^ZS-\d{8}-\d{4}$", accepted.Number);
        Assert.Equal(CaseStatus.ReadyForDelivery, accepted.Status);
        Assert.Null(accepted.DueDate);
        var stored = Assert.Single(await CasesAsync(c => c.Number == accepted.Number));
        Assert.Equal(CaseOutcome.Approved, stored.Outcome);
        Assert.Equal("rs", stored.DepartmentCode);
        Assert.Equal(MaterialStatus.Original, Assert.Single(stored.Materials).Status);
        Assert.Equal("1000", FormData.FromJson(stored.FormDataJson).Get("contributionLevel"));
    }

    [Fact]
    public async Task A_promised_item_is_routed_to_its_department_with_a_working_day_due_date()
    {
        var outcome = await app.SendAsync(Actors.Clerk, m => m.Send(PromisedChange()));

        var accepted = Assert.Single(outcome.Cases);
        Assert.Equal(CaseStatus.Routed, accepted.Status);
        Assert.Equal("mz", accepted.DepartmentCode);
        var stored = Assert.Single(await CasesAsync(c => c.Number == accepted.Number));
        var calendar = app.Services.GetRequiredService<Infrastructure.Calendar.CalendarService>().Current;
        Assert.Equal(calendar.AddWorkingDays(stored.AcceptedOn, 10), stored.DueDate);
    }

    [Fact]
    public async Task Submitting_twice_with_the_same_key_creates_one_case()
    {
        var key = Guid.NewGuid();
        var first = await app.SendAsync(Actors.Clerk, m => m.Send(InstantChange(key)));
        var second = await app.SendAsync(Actors.Clerk, m => m.Send(InstantChange(key)));

        Assert.Equal(first.Cases[0].Number, second.Cases[0].Number);
        Assert.Single(await CasesAsync(c => c.Number == first.Cases[0].Number));
        Assert.Single(await CasesAsync(c => c.Id == first.Cases[0].Id));
    }

    [Fact]
    public async Task A_double_click_sending_both_at_once_still_creates_one_case()
    {
        var key = Guid.NewGuid();
        var before = (await CasesAsync(_ => true)).Count;
        var results = await Task.WhenAll(
            Task.Run(async () => { try { return await app.SendAsync(Actors.Clerk, m => m.Send(InstantChange(key))); } catch (DbUpdateException) { return null; } }),
            Task.Run(async () => { try { return await app.SendAsync(Actors.Clerk, m => m.Send(InstantChange(key))); } catch (DbUpdateException) { return null; } }));

        Assert.Contains(results, r => r is not null);
        Assert.Equal(before + 1, (await CasesAsync(_ => true)).Count);
    }

    [Fact]
    public async Task Invalid_form_data_and_a_missing_material_are_refused_with_field_paths_and_nothing_is_saved()
    {
        var before = (await CasesAsync(_ => true)).Count;
        var command = InstantChange() with
        {
            Applicant = WangFang with { IdNumber = TestIds.InvalidCheckDigit },
            FormDataJson = new FormData().Set("currentLevel", "300").Set("contributionLevel", "999").ToJson(),
            Materials = new Dictionary<string, MaterialStatus>(),
        };

        var ex = await Assert.ThrowsAsync<RequestValidationException>(async () => await app.SendAsync(Actors.Clerk, m => m.Send(command)));

        Assert.Contains(ex.Problems, p => p is { Path: "applicant.idNumber", Code: FieldErrorCodes.ResidentIdCheckDigit });
        Assert.Contains(ex.Problems, p => p is { Path: "form.contributionLevel", Code: FieldErrorCodes.Option });
        Assert.Contains(ex.Problems, p => p is { Path: "form.effectiveYear", Code: FieldErrorCodes.Required });
        Assert.Contains(ex.Problems, p => p is { Path: "materials.id-or-ssc", Code: "material.missing" });
        Assert.Equal(before, (await CasesAsync(_ => true)).Count);
    }

    [Fact]
    public async Task A_police_window_item_is_not_accepted_at_the_comprehensive_window()
    {
        var catalog = app.Services.GetRequiredService<Infrastructure.Catalog.CatalogStore>().Catalog;
        var police = catalog.Items.First(i => catalog.FindDepartment(i.DepartmentCode)!.Window == ServiceWindow.Police);
        var command = new SubmitApplication(Guid.NewGuid(), police.Code, WangFang, "{}", new Dictionary<string, MaterialStatus>());

        var ex = await Assert.ThrowsAsync<RequestValidationException>(async () => await app.SendAsync(Actors.Clerk, m => m.Send(command)));

        Assert.Contains(ex.Problems, p => p.Code == "route.policeWindow");
    }

    [Fact]
    public async Task A_bundle_creates_one_case_per_part_each_in_its_own_department()
    {
        var store = app.Services.GetRequiredService<Infrastructure.Catalog.CatalogStore>();
        var bundle = store.Catalog.Bundles.First(b => b.Parts.Select(store.Catalog.FindItem).All(i => i is not null && store.Catalog.FindDepartment(i.DepartmentCode)!.Window == ServiceWindow.Comprehensive));
        var target = store.FindTarget(bundle.Code)!;
        var data = FormSamples.Valid(target.Form, DateOnly.FromDateTime(DateTime.Today));
        var materials = target.Materials.ToDictionary(m => m.Code, m => ClerkStation.Domain.Intake.MaterialRules.AllowedStatuses(m)[0]);
        var applicant = target.Applicant == ApplicantKind.Enterprise
            ? new Applicant(ApplicantKind.Enterprise, "舟山市展茅渔具店", "91110108551385082Q", null, null, "王芳")
            : WangFang;

        var outcome = await app.SendAsync(Actors.Clerk, m => m.Send(new SubmitApplication(Guid.NewGuid(), bundle.Code, applicant, data.ToJson(), materials)));

        Assert.Equal(bundle.Parts.Count, outcome.Cases.Count);
        Assert.NotNull(outcome.BundleId);
        Assert.Equal(bundle.Parts.OrderBy(p => p), outcome.Cases.Select(c => c.ItemCode).OrderBy(p => p));
        foreach (var accepted in outcome.Cases)
        {
            Assert.Equal(store.Catalog.FindItem(accepted.ItemCode)!.RouteTo, accepted.DepartmentCode);
        }

        Assert.All(await CasesAsync(c => c.BundleId == outcome.BundleId), c => Assert.Equal(outcome.BundleId, c.BundleId));
    }
}
