namespace ClerkStation.Infrastructure.Pipeline;

/// <summary>Adds an audit row to a context, so a handler can save it in the same transaction as its change.</summary>
public static class AuditTrail
{
    public static void Add(ClerkDbContext db, Actor? actor, string action, string? target, DateTimeOffset at, bool succeeded = true, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = at.ToUniversalTime(),
            UserId = actor?.UserId ?? string.Empty,
            UserName = actor?.DisplayName ?? string.Empty,
            Action = action,
            Target = target,
            Succeeded = succeeded,
            Detail = detail is null ? null : detail[..Math.Min(detail.Length, 500)],
        });
}
