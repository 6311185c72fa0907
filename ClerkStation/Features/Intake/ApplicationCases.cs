using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Domain.Routing;
using ClerkStation.Infrastructure.Catalog;

namespace ClerkStation.Features.Intake;

/// <summary>An accepted application made into its cases, one per part of the target, at the counter or from a channel.</summary>
internal static class ApplicationCases
{
    /// <summary>
    /// One case per part of <paramref name="target"/>, numbered in the day's series, routed, added to <paramref name="db"/>;
    /// <paramref name="accept"/> is the domain's door (<see cref="Case.Accept"/> at the counter, <see cref="Case.AcceptFromChannel"/> online).
    /// </summary>
    public static async Task<List<Case>> AcceptPartsAsync(
        ClerkDbContext db, CatalogStore store, string casePrefix, IntakeTarget target, Applicant applicant, string formDataJson,
        IReadOnlyDictionary<string, MaterialStatus> materials, IReadOnlyDictionary<string, Guid>? licences, Channel channel, DateTimeOffset now, DateOnly today,
        Func<AcceptCase, Case> accept, CancellationToken cancellationToken)
    {
        var data = FormEvaluator.Normalize(target.Form, FormData.FromJson(formDataJson));
        FormEvaluator.ComputeAll(target.Form, data, today);
        var normalized = ApplicantRules.Normalize(applicant);
        Guid? bundleId = target.IsBundle ? Guid.CreateVersion7(now) : null;
        var cases = new List<Case>();
        foreach (var item in target.Parts)
        {
            var route = RoutingPolicy.Route(item, store.Catalog);
            var number = CaseNumber.Format(casePrefix, today, await NumberGenerator.NextAsync(db, casePrefix, today, cancellationToken));
            var @case = accept(new AcceptCase(number, item.Code, item.Name, item.Kind, route.DepartmentCode!, item.PromisedDays, item.StatutoryDays,
                normalized, OnlyFieldsOf(item, data).ToJson(), MaterialRules.Recorded(item.Materials, data, materials, licences), bundleId, channel));
            db.Cases.Add(@case);
            cases.Add(@case);
        }

        return cases;
    }

    // A bundle's merged form holds every part's fields; each case keeps only what its own item asks.
    private static FormData OnlyFieldsOf(ServiceItem item, FormData merged) =>
        FormEvaluator.Normalize(item.Form, merged.Clone());
}
