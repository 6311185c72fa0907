using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;

namespace ClerkStation.Features.Intake;

/// <summary>
/// A counter decision (accept, one-time notice, refusal) as ONE write transaction: the day's number(s), the case or
/// notice, the submission key with its outcome (ADR 0004), the audit row and the deletion of the application's draft
/// commit together or not at all (ADR 0007). A crash can therefore never leave a decided application with its draft,
/// nor a number, case or audit row without the others.
/// </summary>
internal static class IntakeDecisionTransaction
{
    /// <param name="decide">Allocates numbers through <paramref name="db"/> and adds the decision's rows; it runs inside the transaction.</param>
    public static async Task<IntakeOutcome> RunAsync(
        ClerkDbContext db, Guid submissionKey, Actor clerk, string action, string? auditTarget, DateTimeOffset now,
        Func<Task<IntakeOutcome>> decide, CancellationToken ct)
    {
        // A repeat (double click, retry, a restored draft already decided) is answered without taking the write lock.
        if (await IntakeSubmissions.FindAsync(db, submissionKey, ct) is { } earlier)
        {
            return earlier;
        }

        // BEGIN IMMEDIATE: the write lock is taken first, so the checks below see every committed decision and the
        // transaction never has to upgrade a read lock (which SQLite refuses with "database is locked").
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await IntakeSubmissions.FindAsync(db, submissionKey, ct) is { } raced)
        {
            return raced;
        }

        var outcome = await decide();
        IntakeSubmissions.Remember(db, submissionKey, clerk.UserId, outcome, now);
        AuditTrail.Add(db, clerk, action, auditTarget, now);
        await IntakeDrafts.DeleteAsync(db, clerk.UserId, submissionKey, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return outcome;
    }
}
