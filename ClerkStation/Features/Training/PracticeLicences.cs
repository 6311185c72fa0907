using ClerkStation.Domain.Licences;
using ClerkStation.Domain.Training;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Training;

/// <summary>
/// Puts a scenario applicant's e-licences (<see cref="ScenarioLicences"/>) in the practice workspace before a run, valid
/// and long-term, so the scenario's expected waiver can be made at the practice counter. Never touches production.
/// </summary>
public sealed class PracticeLicences(ClerkDatabases databases, CatalogStore store, CenterClock clock)
{
    public async Task EnsureHeldAsync(Scenario scenario, CancellationToken ct)
    {
        if (store.FindTarget(scenario.ExpectedTarget) is not { } target)
        {
            return;
        }

        var types = ScenarioLicences.TypesHeld(scenario, target);
        if (types.Count == 0)
        {
            return;
        }

        await using var db = await databases.Practice.CreateDbContextAsync(ct);
        var numbers = types.Select(t => ScenarioLicences.Number(scenario, t)).ToList();
        var held = await db.Licences.Where(l => numbers.Contains(l.Number)).Select(l => l.Number).ToListAsync(ct);
        foreach (var type in types.Where(t => !held.Contains(ScenarioLicences.Number(scenario, t))))
        {
            db.Licences.Add(Licence.Create(
                type, ScenarioLicences.Number(scenario, type), scenario.Persona.IdNumber, scenario.Persona.Name,
                clock.Today.AddYears(-1), null, LicenceStatus.Valid, LicenceSource.Imported, null, clock.Now));
        }

        await db.SaveChangesAsync(ct);
    }
}
