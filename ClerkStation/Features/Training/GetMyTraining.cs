using ClerkStation.Domain.Training;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Training;

public sealed record MyTraining(bool InPractice, bool CanSwitch, ActiveRunView? Active, IReadOnlyList<AssignmentRow> Assignments, IReadOnlyList<RunRow> Runs, IReadOnlyList<Scenario> Library);

/// <summary>The trainee's page: assigned scenarios, the run in progress (with its persona), past runs.</summary>
[AllowedRoles(StaffRole.Trainee, StaffRole.Clerk, StaffRole.Trainer)]
public sealed record GetMyTraining : IQuery<MyTraining>;

public sealed class GetMyTrainingHandler(Workspace workspace, ClerkDatabases databases, ScenarioLibrary library, ICurrentUser currentUser)
    : IQueryHandler<GetMyTraining, MyTraining>
{
    public async ValueTask<MyTraining> Handle(GetMyTraining query, CancellationToken cancellationToken)
    {
        var me = await currentUser.RequireAsync();
        var scenarios = await library.AllAsync(databases, cancellationToken);
        var byCode = scenarios.ToDictionary(s => s.Code, StringComparer.Ordinal);
        await using var db = await databases.Production.CreateDbContextAsync(cancellationToken);
        var runs = await db.Set<TrainingRun>().AsNoTracking().Where(r => r.TraineeId == me.UserId).ToListAsync(cancellationToken);
        var assignments = await db.Set<TrainingAssignment>().AsNoTracking().Where(a => a.TraineeId == me.UserId).ToListAsync(cancellationToken);
        var runById = runs.ToDictionary(r => r.Id);
        var active = runs.Where(r => r.IsActive).OrderByDescending(r => r.StartedAt).FirstOrDefault();
        return new MyTraining(
            workspace.IsPractice,
            Workspace.MaySwitch(me),
            active is not null && byCode.TryGetValue(active.ScenarioCode, out var activeScenario) ? new ActiveRunView(active.Id, activeScenario, active.StartedAt) : null,
            [.. assignments.OrderBy(a => a.CompletedRunId is not null).ThenByDescending(a => a.AssignedAt).Select(a => new AssignmentRow(
                a.Id, a.ScenarioCode, byCode.GetValueOrDefault(a.ScenarioCode)?.Title.Current ?? a.ScenarioCode,
                byCode.GetValueOrDefault(a.ScenarioCode)?.DepartmentCode ?? string.Empty, a.AssignedAt, a.AssignedByName, a.CompletedRunId,
                a.CompletedRunId is { } id && runById.TryGetValue(id, out var done) ? done.Percent : null))],
            [.. runs.Where(r => !r.Abandoned).OrderByDescending(r => r.StartedAt).Take(50).Select(r => TrainingRows.Run(r, byCode))],
            scenarios);
    }
}
