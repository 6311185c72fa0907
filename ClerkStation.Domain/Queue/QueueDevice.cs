using ClerkStation.Domain.Common;
namespace ClerkStation.Domain.Queue;

public enum DeviceKind
{
    /// <summary>The ticket machine in the hall (/kiosk).</summary>
    Kiosk,

    /// <summary>The call board on the hall's wall (/hall).</summary>
    HallDisplay,
}

/// <summary>
/// A registered hall device: it opens its page with a link holding its own secret (only the secret's hash is kept);
/// revoking it refuses the link from then on (docs/adr, device links).
/// </summary>
public sealed class QueueDevice : ICenterOwned
{
    /// <summary>The center the row belongs to (ADR 0018), stamped when it is first saved.</summary>
    public int CenterId { get; private set; }

    private QueueDevice()
    {
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public DeviceKind Kind { get; private set; }
    public string SecretHash { get; private set; } = string.Empty;
    public DateTimeOffset RegisteredAt { get; private set; }
    public string RegisteredByName { get; private set; } = string.Empty;
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public static QueueDevice Register(string name, DeviceKind kind, string secretHash, string registeredBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Name = name.Trim(),
        Kind = kind,
        SecretHash = secretHash,
        RegisteredAt = now,
        RegisteredByName = registeredBy,
    };

    /// <summary>Revoking twice keeps the first time.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
