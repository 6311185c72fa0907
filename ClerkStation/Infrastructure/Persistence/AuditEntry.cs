namespace ClerkStation.Infrastructure.Persistence;

/// <summary>Who did what, when: every mediator request and every view of unmasked personal data.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string UserId { get; set; } = string.Empty;

    public string UserName { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string? Target { get; set; }

    public bool Succeeded { get; set; }

    public string? Detail { get; set; }
}
