namespace ClerkStation.Infrastructure.Persistence;

/// <summary>
/// Remembers each counter submission by the key the page generated for it, so a double click or a retry after a lost
/// connection returns the first result instead of creating a second case.
/// </summary>
public sealed class IntakeSubmission
{
    public Guid Key { get; set; }

    public string UserId { get; set; } = string.Empty;

    public string ResultJson { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}
