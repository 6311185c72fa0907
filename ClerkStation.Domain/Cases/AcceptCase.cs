using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.PreApplications;

namespace ClerkStation.Domain.Cases;

/// <summary>
/// What the counter hands to <see cref="Case.Accept"/>: item facts copied from the catalog at acceptance time
/// (the case keeps them even if the catalog changes later), the applicant, the form and the materials, and the channel the
/// application came through (the counter for a walk-in; the opened pre-application's channel otherwise).
/// </summary>
public sealed record AcceptCase(
    string Number,
    string ItemCode,
    LocalizedText ItemName,
    ItemKind ItemKind,
    string DepartmentCode,
    int PromisedDays,
    int? StatutoryDays,
    Applicant Applicant,
    string FormDataJson,
    IReadOnlyList<MaterialRecord> Materials,
    Guid? BundleId = null,
    Channel Channel = Channel.Counter);
