namespace ClerkStation.Infrastructure.Persistence;

/// <summary>
/// The intake a clerk is filling in, saved as they type so a closed tab, a lost connection or a server restart
/// loses nothing. One draft per clerk: the counter serves one applicant at a time.
/// </summary>
public sealed class FormDraft
{
    public string UserId { get; set; } = string.Empty;

    /// <summary>The item or bundle code being filled in.</summary>
    public string TargetCode { get; set; } = string.Empty;

    public string ApplicantJson { get; set; } = "{}";

    public string FormDataJson { get; set; } = "{}";

    public string MaterialsJson { get; set; } = "{}";

    public DateTimeOffset UpdatedAt { get; set; }
}
