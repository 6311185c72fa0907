using System.Text.Json;
using ClerkStation.Domain.Training;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Training;

public sealed record RunResult(RunRow Run, Scenario? Scenario, IReadOnlyList<FeedbackLine> Lines, decimal? Points, decimal? MaxPoints, string? ActualTarget, string? ActualDecision, string? OutcomeNumbers);

/// <summary>A run's score and feedback, item by item. Trainees see their own runs; trainers see everyone's.</summary>
[AllowedRoles(StaffRole.Trainee, StaffRole.Clerk, StaffRole.Trainer)]
public sealed record GetRunResult(Guid RunId) : IQuery<RunResult?>;

public sealed class GetRunResultHandler(ClerkDatabases databases, ScenarioLibrary library, ICurrentUser currentUser) : IQueryHandler<GetRunResult, RunResult?>
{
    public async ValueTask<RunResult?> Handle(GetRunResult query, CancellationToken cancellationToken)
    {
        var me = await currentUser.RequireAsync();
        await using var db = await databases.Production.CreateDbContextAsync(cancellationToken);
        var run = await db.Set<TrainingRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.RunId, cancellationToken);
        if (run is null || (run.TraineeId != me.UserId && !me.IsIn(StaffRole.Trainer)))
        {
            return null;
        }

        var scenarios = await library.AllAsync(databases, cancellationToken);
        var byCode = scenarios.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var lines = run.FeedbackJson is null ? [] : JsonSerializer.Deserialize<List<FeedbackLine>>(run.FeedbackJson) ?? [];
        return new RunResult(TrainingRows.Run(run, byCode), byCode.GetValueOrDefault(run.ScenarioCode), lines, run.Points, run.MaxPoints,
            run.ActualTarget, run.ActualDecision, run.OutcomeNumbers);
    }
}
