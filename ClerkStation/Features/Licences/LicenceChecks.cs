using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Licences;

namespace ClerkStation.Features.Licences;

/// <summary>
/// 免提交 at acceptance: a material given as an e-licence whose catalog entry names a licence type needs a licence the
/// applicant holds, of that type, valid today. Checked by the validator (a problem per material) and again inside the
/// decision's transaction, where each use is recorded.
/// </summary>
public static class LicenceChecks
{
    /// <summary>The materials the decision claims as e-licences of a licence type, with the licence named for each (or null).</summary>
    public static IEnumerable<(MaterialRequirement Material, Guid? LicenceId)> Claimed(
        IEnumerable<MaterialRequirement> materials, IReadOnlyDictionary<string, MaterialStatus> statuses, IReadOnlyDictionary<string, Guid>? licences) =>
        materials
            .Where(m => m.LicenceType is not null && statuses.TryGetValue(m.Code, out var s) && s == MaterialStatus.ELicense)
            .Select(m => (m, licences is not null && licences.TryGetValue(m.Code, out var id) ? id : (Guid?)null));

    public static async Task<IReadOnlyList<ValidationProblem>> ValidateAsync(
        ClerkDbContext db, IEnumerable<(MaterialRequirement Material, Guid? LicenceId)> claimed, string holderId, DateOnly today, CancellationToken ct)
    {
        var problems = new List<ValidationProblem>();
        foreach (var (material, licenceId) in claimed)
        {
            try
            {
                await RequireAsync(db, material, licenceId, holderId, today, ct);
            }
            catch (DomainRuleException e)
            {
                problems.Add(new ValidationProblem("materials." + material.Code, e.Code));
            }
        }

        return problems;
    }

    /// <summary>In the decision's transaction: re-checks each claimed licence and records its use for <paramref name="case"/>.</summary>
    public static async Task RecordUsesAsync(
        ClerkDbContext db, Case @case, IEnumerable<(MaterialRequirement Material, Guid? LicenceId)> claimed, Actor clerk, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        foreach (var (material, licenceId) in claimed)
        {
            var licence = await RequireAsync(db, material, licenceId, @case.Applicant.IdNumber, today, ct);
            db.LicenceUses.Add(new LicenceUse(Guid.CreateVersion7(now), licence.Id, @case.Id, @case.Number, material.Code, clerk.UserId, clerk.DisplayName, now));
        }
    }

    private static async Task<Licence> RequireAsync(ClerkDbContext db, MaterialRequirement material, Guid? licenceId, string holderId, DateOnly today, CancellationToken ct)
    {
        var licence = licenceId is { } id ? await db.Licences.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct) : null;
        if (licence is null)
        {
            throw new DomainRuleException(licenceId is null ? LicenceRuleCodes.Required : LicenceRuleCodes.NotFound, "The e-licence is not held.");
        }

        licence.RequireUsableFor(material.LicenceType!, holderId, today);
        return licence;
    }
}
