using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Training;

public sealed record ResetSummary(int Cases, int Decisions, int Drafts, int Submissions);

/// <summary>
/// A trainer clears a trainee's practice data: their cases, decisions, drafts and submissions in the practice database.
/// The production database is not opened for cases at all; the trainee's training records stay.
/// </summary>
[AllowedRoles(StaffRole.Trainer)]
public sealed record ResetPracticeData(string TraineeId) : ICommand<ResetSummary>, IAuditTarget
{
    public string? AuditTarget => TraineeId;
}

public sealed class ResetPracticeDataHandler(ClerkDatabases databases) : ICommandHandler<ResetPracticeData, ResetSummary>
{
    public async ValueTask<ResetSummary> Handle(ResetPracticeData command, CancellationToken cancellationToken)
    {
        var id = command.TraineeId;
        await using var db = await databases.Practice.CreateDbContextAsync(cancellationToken);
        var cases = await db.Cases.Where(c => c.AcceptedById == id || c.AssignedClerkId == id).ToListAsync(cancellationToken);
        db.Cases.RemoveRange(cases);
        var decisions = await db.IntakeDecisions.Where(d => d.ClerkId == id).ToListAsync(cancellationToken);
        db.IntakeDecisions.RemoveRange(decisions);
        await db.SaveChangesAsync(cancellationToken);
        var drafts = await db.FormDrafts.Where(d => d.UserId == id).ExecuteDeleteAsync(cancellationToken);
        var submissions = await db.IntakeSubmissions.Where(s => s.UserId == id).ExecuteDeleteAsync(cancellationToken);

        await using var production = await databases.Production.CreateDbContextAsync(cancellationToken);
        await production.Set<TrainingRun>().Where(r => r.TraineeId == id && r.FinishedAt == null && !r.Abandoned)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Abandoned, true), cancellationToken);
        return new ResetSummary(cases.Count, decisions.Count, drafts, submissions);
    }
}
