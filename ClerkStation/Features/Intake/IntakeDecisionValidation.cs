using ClerkStation.Domain.Cases;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;

namespace ClerkStation.Features.Intake;

/// <summary>A notice or refusal names a real item and an identified applicant, like an acceptance.</summary>
internal static class IntakeDecisionValidation
{
    public static IReadOnlyList<ValidationProblem> Check(CatalogStore store, CenterClock clock, string targetCode, Applicant applicant, ValidationProblem? extra)
    {
        var problems = new List<ValidationProblem>();
        var target = store.FindTarget(targetCode);
        if (target is null)
        {
            problems.Add(new ValidationProblem("target", Domain.Intake.IntakeRuleCodes.UnknownTarget));
        }
        else
        {
            problems.AddRange(IntakeValidation.Applicant(applicant, target, clock.Today));
        }

        if (extra is not null)
        {
            problems.Add(extra);
        }

        return problems;
    }
}
