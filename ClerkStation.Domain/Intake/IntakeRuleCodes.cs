using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Routing;

namespace ClerkStation.Domain.Intake;

/// <summary>The stable codes of problems a counter decision can meet; the UI localises them as <c>Validation.&lt;code&gt;</c>.</summary>
public static class IntakeRuleCodes
{
    public const string NothingMissing = "intake.nothingMissing";
    public const string UnknownTarget = "intake.unknownTarget";
    public const string FormUnreadable = "intake.formUnreadable";
    public const string MaterialMissing = "material.missing";
    public const string MaterialStatusNotAllowed = "material.statusNotAllowed";
    public const string ApplicantKindNotAllowed = "applicant.kindNotAllowed";
    public const string CalendarYearMissing = "calendar.yearMissing";

    /// <summary>Every code an accept, notice or refusal can come back with: its own, the case, routing and field rules.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        NothingMissing, UnknownTarget, FormUnreadable, MaterialMissing, MaterialStatusNotAllowed, ApplicantKindNotAllowed,
        CalendarYearMissing, NoticeCodes.LineNotProposed, NoticeCodes.FreeLineTooLong, RoutingResult.PoliceWindow, RoutingResult.UnknownItem,
        .. CaseRuleCodes.All, .. FieldErrorCodes.All,
    ];
}
