using System.Text.Json;

namespace ClerkStation.Features.Intake;

/// <summary>
/// The counter's guard against double submission: each decision carries a key generated when the page opened the
/// application; a key seen before returns the first outcome instead of acting twice.
/// </summary>
internal static class IntakeSubmissions
{
    // Asked twice per decision (before the write lock and inside it): the one column it needs, nothing tracked. Not an
    // EF.CompileAsyncQuery: a compiled query throws when one process uses it with two models (SQLite and PostgreSQL).
    public static async Task<IntakeOutcome?> FindAsync(ClerkDbContext db, Guid key, CancellationToken ct) =>
        await db.IntakeSubmissions.Where(s => s.Key == key).Select(s => s.ResultJson).FirstOrDefaultAsync(ct) is { } json
            ? JsonSerializer.Deserialize<IntakeOutcome>(json)
            : null;

    /// <summary>Records the decision's key and outcome; the record raises <see cref="CounterDecided"/> for after the commit.</summary>
    public static void Remember(ClerkDbContext db, ICounterDecision request, string userId, IntakeOutcome outcome, DateTimeOffset now) =>
        db.IntakeSubmissions.Add(IntakeSubmission.Record(
            request.SubmissionKey, userId, JsonSerializer.Serialize(outcome), now, new CounterDecided(request, outcome)));
}
