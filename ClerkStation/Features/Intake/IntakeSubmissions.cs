using System.Text.Json;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Intake;

/// <summary>
/// The counter's guard against double submission: each decision carries a key generated when the page opened the
/// application; a key seen before returns the first outcome instead of acting twice.
/// </summary>
internal static class IntakeSubmissions
{
    // Asked twice per decision (before the write lock and inside it): compiled once, untracked, the one column it needs.
    private static readonly Func<ClerkDbContext, Guid, CancellationToken, Task<string?>> ResultOf = EF.CompileAsyncQuery(
        (ClerkDbContext db, Guid key, CancellationToken ct) => db.IntakeSubmissions.AsNoTracking().Where(s => s.Key == key).Select(s => s.ResultJson).FirstOrDefault());

    public static async Task<IntakeOutcome?> FindAsync(ClerkDbContext db, Guid key, CancellationToken ct) =>
        await ResultOf(db, key, ct) is { } json ? JsonSerializer.Deserialize<IntakeOutcome>(json) : null;

    public static void Remember(ClerkDbContext db, Guid key, string userId, IntakeOutcome outcome, DateTimeOffset now) =>
        db.IntakeSubmissions.Add(new IntakeSubmission
        {
            Key = key,
            UserId = userId,
            ResultJson = JsonSerializer.Serialize(outcome),
            At = now,
        });
}
