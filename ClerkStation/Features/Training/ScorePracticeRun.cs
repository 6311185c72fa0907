using System.Text.Json;
using ClerkStation.Domain.Training;
using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure.Events;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Training;

/// <summary>
/// Scores the active practice run when the counter decides — without the intake page or its handlers knowing. In the
/// practice workspace only: a decision request the server rejects as invalid counts as a form error; a decision that is
/// committed (accept, one-time notice, refusal) finishes the run with its score. Production decisions are not scored.
/// </summary>
public sealed class ScorePracticeRun(
    Workspace workspace,
    ClerkDatabases databases,
    ScenarioLibrary library,
    ICurrentUser currentUser,
    TimeProvider clock,
    PracticeRunEvents events,
    ILogger<ScorePracticeRun> logger) : DomainEventHandler<CounterDecided>, INotificationHandler<RequestRejected>
{
    public async ValueTask Handle(RequestRejected notification, CancellationToken cancellationToken)
    {
        if (notification.Request is ICounterDecision && workspace.IsPractice)
        {
            await CountFormErrorAsync();
        }
    }

    protected override async ValueTask HandleAsync(CounterDecided notification, CancellationToken cancellationToken)
    {
        if (!workspace.IsPractice)
        {
            return;
        }

        try
        {
            await ScoreAsync(notification.Decision, notification.Outcome);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The decision itself is recorded; a scoring failure must not turn it into an error at the counter.
            logger.LogError(ex, "Scoring the practice run failed");
        }
    }

    private async Task CountFormErrorAsync()
    {
        var actor = await currentUser.FindAsync();
        if (actor is null)
        {
            return;
        }

        await using var db = await databases.Production.CreateDbContextAsync();
        if (await ActiveRun(db, actor.UserId) is { } run)
        {
            run.FormErrors++;
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    private async Task ScoreAsync(ICounterDecision message, IntakeOutcome outcome)
    {
        var actor = await currentUser.FindAsync();
        if (actor is null)
        {
            return;
        }

        await using var db = await databases.Production.CreateDbContextAsync();
        if (await ActiveRun(db, actor.UserId) is not { } run || await library.FindAsync(databases, run.ScenarioCode) is not { } scenario)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var attempt = PracticeAttempts.Of(message, scenario, run.FormErrors, now - run.StartedAt);
        var score = RunScoring.Score(scenario, attempt);
        run.FinishedAt = now;
        run.ActualTarget = attempt.TargetCode;
        run.ActualDecision = attempt.Decision.ToString();
        run.OutcomeNumbers = outcome.DecisionNumber ?? string.Join(", ", outcome.Cases.Select(c => c.Number));
        run.Points = score.Total;
        run.MaxPoints = score.Max;
        run.Percent = score.Percent;
        run.FeedbackJson = JsonSerializer.Serialize(score.Lines);
        if (run.AssignmentId is { } assignmentId && await db.Set<TrainingAssignment>().FindAsync(assignmentId) is { } assignment)
        {
            assignment.CompletedRunId = run.Id;
        }

        await db.SaveChangesAsync(CancellationToken.None);
        events.Finished(run.Id);
    }

    internal static async Task<TrainingRun?> ActiveRun(Infrastructure.Persistence.ClerkDbContext db, string userId)
    {
        // SQLite cannot order by DateTimeOffset; a trainee has one open run (rarely two), so order here.
        var open = await db.Set<TrainingRun>().Where(r => r.TraineeId == userId && r.FinishedAt == null && !r.Abandoned).ToListAsync();
        return open.OrderByDescending(r => r.StartedAt).FirstOrDefault();
    }
}
