using System.Text.Json;
using ClerkStation.Infrastructure.Persistence;

namespace ClerkStation.Features.Intake;

/// <summary>
/// The counter's guard against double submission: each decision carries a key generated when the page opened the
/// application; a key seen before returns the first outcome instead of acting twice.
/// </summary>
internal static class IntakeSubmissions
{
    public static async Task<IntakeOutcome?> FindAsync(ClerkDbContext db, Guid key, CancellationToken ct)
    {
        var previous = await db.IntakeSubmissions.FindAsync([key], ct);
        return previous is null ? null : JsonSerializer.Deserialize<IntakeOutcome>(previous.ResultJson);
    }

    public static void Remember(ClerkDbContext db, Guid key, string userId, IntakeOutcome outcome, DateTimeOffset now) =>
        db.IntakeSubmissions.Add(new IntakeSubmission
        {
            Key = key,
            UserId = userId,
            ResultJson = JsonSerializer.Serialize(outcome),
            At = now,
        });
}
