using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Training;

/// <summary>
/// The e-licences a scenario's applicant holds: every material the scenario expects to be waived as an e-licence (免提交)
/// that names a licence type. A practice run puts them in the practice workspace's licence store, so the trainee finds
/// them at the counter exactly as a clerk finds a real applicant's licences.
/// </summary>
public static class ScenarioLicences
{
    public static IReadOnlyList<string> TypesHeld(Scenario scenario, IntakeTarget target) =>
        [.. target.Materials
            .Where(m => m.LicenceType is not null
                && scenario.ExpectedMaterials.GetValueOrDefault(m.Code, MaterialStatus.Missing) == MaterialStatus.ELicense)
            .Select(m => m.LicenceType!)
            .Distinct(StringComparer.Ordinal)];

    /// <summary>The practice licence's number: one per scenario and type, so a second run finds the first run's licence.</summary>
    public static string Number(Scenario scenario, string typeCode) => $"LX-{scenario.Code}-{typeCode}";
}
