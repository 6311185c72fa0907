using ClerkStation.Domain.Cases;

namespace ClerkStation.Features.Intake;

/// <summary>Everything on the intake screen that is not yet decided, as saved in the clerk's draft.</summary>
public sealed record IntakeDraftData(
    string TargetCode,
    Applicant Applicant,
    string FormDataJson,
    IReadOnlyDictionary<string, MaterialStatus> Materials,
    DateTimeOffset SavedAt);
