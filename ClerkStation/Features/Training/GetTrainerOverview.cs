using ClerkStation.Domain.Training;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Training;

public sealed record TraineeProgress(
    string TraineeId,
    string TraineeName,
    IReadOnlyList<RunRow> Runs,
    IReadOnlyList<AreaScore> WeakestDepartments,
    IReadOnlyList<AreaScore> WeakestItems,
    IReadOnlyList<AssignmentRow> Assignments);

public sealed record TrainerOverview(IReadOnlyList<TraineeProgress> Trainees, IReadOnlyList<Scenario> Scenarios);

/// <summary>Each trainee's runs and scores over time, per department and item, the weakest areas first.</summary>
[AllowedRoles(StaffRole.Trainer)]
public sealed record GetTrainerOverview : IQuery<TrainerOverview>;

public sealed class GetTrainerOverviewHandler(ClerkDatabases databases, ScenarioLibrary library) : IQueryHandler<GetTrainerOverview, TrainerOverview>
{
    public async ValueTask<TrainerOverview> Handle(GetTrainerOverview query, CancellationToken cancellationToken)
    {
        var scenarios = await library.AllAsync(databases, cancellationToken);
        var byCode = scenarios.ToDictionary(s => s.Code, StringComparer.Ordinal);
        await using var db = await databases.Production.CreateDbContextAsync(cancellationToken);
        var trainees = await TraineesAsync(db, cancellationToken);
        var runs = await db.Set<TrainingRun>().AsNoTracking().Where(r => !r.Abandoned).ToListAsync(cancellationToken);
        var assignments = await db.Set<TrainingAssignment>().AsNoTracking().ToListAsync(cancellationToken);
        var runById = runs.ToDictionary(r => r.Id);

        var result = trainees.Select(t =>
        {
            var mine = runs.Where(r => r.TraineeId == t.Id).OrderBy(r => r.StartedAt).ToList();
            var scored = mine.Where(r => r is { FinishedAt: not null, Percent: not null })
                .Select(r => new RunSummary(r.TraineeId, r.ScenarioCode, r.DepartmentCode, r.ExpectedTarget, r.FinishedAt!.Value, r.Percent!.Value)).ToList();
            return new TraineeProgress(
                t.Id, t.Name,
                [.. mine.Select(r => TrainingRows.Run(r, byCode))],
                ProgressRules.Weakest(scored, r => r.DepartmentCode),
                ProgressRules.Weakest(scored, r => r.TargetCode),
                [.. assignments.Where(a => a.TraineeId == t.Id).OrderByDescending(a => a.AssignedAt).Select(a => new AssignmentRow(
                    a.Id, a.ScenarioCode, byCode.GetValueOrDefault(a.ScenarioCode)?.Title.Current ?? a.ScenarioCode,
                    byCode.GetValueOrDefault(a.ScenarioCode)?.DepartmentCode ?? string.Empty, a.AssignedAt, a.AssignedByName, a.CompletedRunId,
                    a.CompletedRunId is { } id && runById.TryGetValue(id, out var done) ? done.Percent : null))]);
        }).ToList();
        return new TrainerOverview(result, scenarios);
    }

    internal static async Task<List<(string Id, string Name)>> TraineesAsync(ClerkDbContext db, CancellationToken ct)
    {
        var role = nameof(StaffRole.Trainee);
        var rows = await (from u in db.Users
                          join ur in db.UserRoles on u.Id equals ur.UserId
                          join r in db.Roles on ur.RoleId equals r.Id
                          where r.Name == role
                          select new { u.Id, u.DisplayName, u.UserName }).ToListAsync(ct);
        return [.. rows.Select(r => (r.Id, string.IsNullOrWhiteSpace(r.DisplayName) ? r.UserName ?? r.Id : r.DisplayName)).OrderBy(r => r.Item2, StringComparer.Ordinal)];
    }
}
