using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;
using ClerkStation.Domain.Routing;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Catalog;

namespace ClerkStation.Features.Intake;

/// <summary>The checks an application passes before it becomes cases, at the counter or through the API (SubmitPreApplication).</summary>
internal static class ApplicationChecks
{
    /// <summary>Every material the application requires is given, in a form the catalog allows.</summary>
    public static IEnumerable<ValidationProblem> Materials(IntakeTarget target, FormData data, IReadOnlyDictionary<string, MaterialStatus> materials)
    {
        foreach (var material in target.RequiredMaterials(data))
        {
            MaterialStatus? status = materials.TryGetValue(material.Code, out var given) ? given : null;
            if (MaterialRules.IsMissing(material, required: true, status))
            {
                yield return new ValidationProblem("materials." + material.Code, status is null or MaterialStatus.Missing ? IntakeRuleCodes.MaterialMissing : IntakeRuleCodes.MaterialStatusNotAllowed);
            }
        }
    }

    /// <summary>
    /// The checks every application passes, at the counter or through the API: a known target the center accepts, the
    /// applicant, the calendar, and the form. <paramref name="data"/> is null when the form could not be read.
    /// </summary>
    public static List<ValidationProblem> Application(
        CatalogStore store, CalendarService calendars, DateOnly today, string? targetCode, Applicant applicant, string? formDataJson,
        out IntakeTarget? target, out FormData? data)
    {
        var problems = new List<ValidationProblem>();
        data = null;
        target = store.FindTarget(targetCode ?? string.Empty);
        if (target is null)
        {
            problems.Add(new ValidationProblem("target", IntakeRuleCodes.UnknownTarget));
            return problems;
        }

        foreach (var route in target.Parts.Select(p => RoutingPolicy.Route(p, store.Catalog)).Where(r => !r.IsAccepted))
        {
            problems.Add(new ValidationProblem("target", route.RefusalCode!));
        }

        problems.AddRange(IntakeValidation.Applicant(applicant, target, today));
        problems.AddRange(IntakeValidation.Deadlines(target, calendars.Current, today));
        try
        {
            data = FormData.FromJson(formDataJson ?? "{}");
        }
        catch (System.Text.Json.JsonException)
        {
            problems.Add(new ValidationProblem("form", IntakeRuleCodes.FormUnreadable));
            return problems;
        }

        problems.AddRange(IntakeValidation.Form(target, data, today));
        return problems;
    }
}
