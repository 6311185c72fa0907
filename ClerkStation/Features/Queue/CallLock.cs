namespace ClerkStation.Features.Queue;

/// <summary>
/// PostgreSQL's half of the call lock (ADR 0024): <c>pg_advisory_xact_lock</c> on (this lock's class, the center), held
/// until the call-next transaction commits or rolls back. The calls of one center queue for it once, in about their
/// arrival order; other centers and every other write go on beside them. SQLite needs none: its write transaction
/// (the gate, then <c>BEGIN IMMEDIATE</c>) already lets one writer in at a time.
/// </summary>
public static class CallLock
{
    /// <summary>The first key of the two-key advisory lock: "call" in ASCII, so no other lock of the app shares it.</summary>
    public const int LockClass = 0x63616C6C;

    public static async Task TakeAsync(ClerkDbContext db, CancellationToken ct)
    {
        var center = db.InsertCenter;
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({LockClass}, {center})", ct);
    }
}
