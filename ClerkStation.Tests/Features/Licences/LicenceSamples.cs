using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Licences;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Persistence;

namespace ClerkStation.Tests.Features.Licences;

/// <summary>Licences and 残疾人证新办 (CL-001) applications for licence tests, each test with its own applicant.</summary>
internal static class LicenceSamples
{
    public static readonly Actor ReviewerCl = Actor.Create("test-reviewer-cl", "测试残联审批", [StaffRole.Reviewer], ["cl"]);
    private static int _holders;

/// <summary>
/// A fresh valid resident ID, so the shared database of a fixture never mixes the tests' licences.
/// </summary>
    public static string NewHolder() => FormSamples.WithIdCheck($"3309021970{Interlocked.Increment(ref _holders) % 12 + 1:00}{Random.Shared.Next(10, 28)}{Random.Shared.Next(100, 999)}");

    public static DateOnly Today(ClerkAppFactory app) => app.Services.GetRequiredService<CenterClocks>().Default.Today;

    public static async Task<Licence> HoldAsync(
        ClerkAppFactory app, string holder, string type, DateOnly? validUntil = null, LicenceStatus status = LicenceStatus.Valid, string name = "测试持证人")
    {
        var licence = Licence.Create(type, $"T-{Guid.NewGuid():N}", holder, name, Today(app).AddYears(-3), validUntil, status, LicenceSource.Imported, null, DateTimeOffset.UtcNow);
        await using var db = await app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        db.Licences.Add(licence);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return licence;
    }

/// <summary>
/// CL-001 残疾人证新办 (promised, cl): every required material as an original, then the given ones as e-licences.
/// </summary>
    public static SubmitApplication DisabilityApplication(ClerkAppFactory app, string holder, Dictionary<string, Guid>? licences = null, params string[] eLicences)
    {
        var target = app.Services.GetRequiredService<CatalogStore>().FindTarget("CL-001")!;
        var data = FormSamples.Valid(target.Form, Today(app)).Set("applicantMinor", "false").Set("disabilityCategory", "physical").Set("expectedLevel", "3");
        var materials = target.RequiredMaterials(data).ToDictionary(m => m.Code, _ => MaterialStatus.Original);
        foreach (var code in eLicences)
        {
            materials[code] = MaterialStatus.ELicense;
        }

        return new SubmitApplication(Guid.NewGuid(), "CL-001", new Applicant(ApplicantKind.Person, "测试申请人", holder, "13800138000"), data.ToJson(), materials, licences);
    }
}
