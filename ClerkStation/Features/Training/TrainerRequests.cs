using ClerkStation.Domain.Staff;
using ClerkStation.Domain.Training;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

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

/// <summary>A trainer assigns scenarios to a trainee.</summary>
[AllowedRoles(StaffRole.Trainer)]
public sealed record AssignScenarios(string TraineeId, IReadOnlyList<string> ScenarioCodes) : ICommand<int>, IAuditTarget
{
    public string? AuditTarget => TraineeId;
}

public sealed class AssignScenariosHandler(ClerkDatabases databases, ScenarioLibrary library, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<AssignScenarios, int>
{
    public async ValueTask<int> Handle(AssignScenarios command, CancellationToken cancellationToken)
    {
        var me = await currentUser.RequireAsync();
        var known = (await library.AllAsync(databases, cancellationToken)).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        await using var db = await databases.Production.CreateDbContextAsync(cancellationToken);
        if ((await GetTrainerOverviewHandler.TraineesAsync(db, cancellationToken)).All(t => t.Id != command.TraineeId))
        {
            throw new InvalidOperationException("Not a trainee");
        }

        var open = await db.Set<TrainingAssignment>().Where(a => a.TraineeId == command.TraineeId && a.CompletedRunId == null)
            .Select(a => a.ScenarioCode).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var code in command.ScenarioCodes.Distinct(StringComparer.Ordinal).Where(known.Contains).Where(c => !open.Contains(c)))
        {
            db.Add(new TrainingAssignment
            {
                Id = Guid.CreateVersion7(),
                TraineeId = command.TraineeId,
                ScenarioCode = code,
                AssignedById = me.UserId,
                AssignedByName = me.DisplayName,
                AssignedAt = clock.GetUtcNow(),
            });
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}

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

public sealed record ScenarioSaveResult(bool Saved, IReadOnlyList<string> Errors);

/// <summary>A trainer creates or edits a scenario (same JSON as the files); it is validated like the files and stored in production.</summary>
[AllowedRoles(StaffRole.Trainer)]
public sealed record SaveScenario(string Json) : ICommand<ScenarioSaveResult>;

public sealed class SaveScenarioHandler(ClerkDatabases databases, ScenarioLibrary library, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<SaveScenario, ScenarioSaveResult>
{
    public async ValueTask<ScenarioSaveResult> Handle(SaveScenario command, CancellationToken cancellationToken)
    {
        var me = await currentUser.RequireAsync();
        var parsed = library.Parse(command.Json);
        if (!parsed.IsValid || parsed.Scenarios is not [var scenario])
        {
            return new ScenarioSaveResult(false, [.. parsed.Errors.Select(e => $"{e.JsonPath} · {e.Message}")]);
        }

        await using var db = await databases.Production.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<TrainingScenarioRecord>().FirstOrDefaultAsync(r => r.Code == scenario.Code, cancellationToken);
        if (record is null)
        {
            record = new TrainingScenarioRecord { Code = scenario.Code };
            db.Add(record);
        }

        record.Json = command.Json;
        record.UpdatedById = me.UserId;
        record.UpdatedByName = me.DisplayName;
        record.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return new ScenarioSaveResult(true, []);
    }
}

/// <summary>The JSON of one scenario for the editor (the trainer's version, else the file's).</summary>
[AllowedRoles(StaffRole.Trainer)]
public sealed record GetScenarioSource(string Code) : IQuery<string?>;

public sealed class GetScenarioSourceHandler(ClerkDatabases databases, ScenarioLibrary library) : IQueryHandler<GetScenarioSource, string?>
{
    public ValueTask<string?> Handle(GetScenarioSource query, CancellationToken cancellationToken) =>
        new(library.SourceAsync(databases, query.Code, cancellationToken));
}
