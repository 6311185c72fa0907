using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;
using ClerkStation.Infrastructure.Pipeline;

namespace ClerkStation.Features.Intake;

/// <summary>The domain's applicant and form rules, expressed as request validation problems.</summary>
internal static class IntakeValidation
{
    public static IEnumerable<ValidationProblem> Applicant(Applicant applicant, IntakeTarget target, DateOnly today) =>
        ApplicantRules.Validate(applicant, target.Applicant, today).Select(ToProblem);

    public static IEnumerable<ValidationProblem> Form(IntakeTarget target, FormData data, DateOnly today) =>
        FormValidator.Validate(target.Form, data, today).Errors.Select(e => ToProblem(e with { Path = "form." + e.Path }));

    public static ValidationProblem ToProblem(FieldError error) => new(error.Path, error.Code, error.Args);
}
