using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;

namespace ClerkStation.Features.Intake;

/// <summary>The domain's applicant and form rules, expressed as request validation problems.</summary>
internal static class IntakeValidation
{
    public static IEnumerable<ValidationProblem> Applicant(Applicant applicant, IntakeTarget target, DateOnly today) =>
        ApplicantRules.Validate(applicant, target.Applicant, today).Select(ToProblem);

    public static IEnumerable<ValidationProblem> Form(IntakeTarget target, FormData data, DateOnly today) =>
        FormValidator.Validate(target.Form, data, today).Errors.Select(e => ToProblem(e with { Path = "form." + e.Path }));

    /// <summary>
    /// Due dates need the calendar of every year they reach. Every year 1901–2100 has one (provisional where no notice is
    /// entered), so <c>calendar.yearMissing</c> is reported only for a due date past 2100.
    /// </summary>
    public static IEnumerable<ValidationProblem> Deadlines(IntakeTarget target, WorkingDayCalendar calendar, DateOnly today)
    {
        foreach (var item in target.Parts.Where(p => p.Kind == ItemKind.Promised))
        {
            ValidationProblem? problem = null;
            try
            {
                calendar.AddWorkingDays(today, Math.Max(item.PromisedDays, item.StatutoryDays ?? 0));
            }
            catch (CalendarYearMissingException ex)
            {
                problem = new ValidationProblem("target", IntakeRuleCodes.CalendarYearMissing, new Dictionary<string, string> { ["year"] = ex.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }

            if (problem is not null)
            {
                yield return problem;
            }
        }
    }

    public static ValidationProblem ToProblem(FieldError error) => new(error.Path, error.Code, error.Args);
}
