using ClerkStation.Domain.Common;
namespace ClerkStation.Infrastructure.Persistence;

/// <summary>
/// The intake a clerk is filling in, saved as they type so a closed tab, a lost connection or a server restart
/// loses nothing. One draft per application being filled in, keyed by the clerk and the application's submission key
/// (ADR 0004): two tabs of one clerk keep two drafts, a restored draft carries its key on, and the decision deletes
/// its draft in its own transaction.
/// </summary>
public sealed class FormDraft : ICenterOwned
{
    /// <summary>The center the row belongs to (ADR 0018), stamped when it is first saved.</summary>
    public int CenterId { get; private set; }

    public string UserId { get; set; } = string.Empty;

    /// <summary>The key the decision on this application will carry; a key already decided gets no draft again.</summary>
    public Guid SubmissionKey { get; set; }

    /// <summary>The item or bundle code being filled in.</summary>
    public string TargetCode { get; set; } = string.Empty;

    public string ApplicantJson { get; set; } = "{}";

    public string FormDataJson { get; set; } = "{}";

    public string MaterialsJson { get; set; } = "{}";

    public DateTimeOffset UpdatedAt { get; set; }
}
