using ClerkStation.Domain.Cases;

namespace ClerkStation.Features.Intake;

/// <summary>Everything on the intake screen that is not yet decided, as saved in the draft of one application
/// (its submission key is reused when the draft is restored, so the decision stays idempotent).</summary>
public sealed record IntakeDraftData(
    Guid SubmissionKey,
    string TargetCode,
    Applicant Applicant,
    string FormDataJson,
    IReadOnlyDictionary<string, MaterialStatus> Materials,
    DateTimeOffset SavedAt);
