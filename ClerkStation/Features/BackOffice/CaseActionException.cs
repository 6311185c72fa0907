namespace ClerkStation.Features.BackOffice;

/// <summary>
/// A case action did not happen: a domain rule refused it or someone else changed the case first. <see cref="Code"/> is a
/// <c>case.*</c> code shown through the resource key <c>Validation.&lt;code&gt;</c>; <see cref="HeldBy"/> names who holds
/// the case where that explains the refusal. Nothing was saved.
/// </summary>
public sealed class CaseActionException(string code, string? heldBy, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The case number does not exist (or is not visible to this person).</summary>
    public const string NotFound = "case.notFound";

    /// <summary>Someone saved the case between loading and saving: reload and look again.</summary>
    public const string ChangedByOther = "case.changedByOther";

    public string Code { get; } = code;

    public string? HeldBy { get; } = heldBy;
}
