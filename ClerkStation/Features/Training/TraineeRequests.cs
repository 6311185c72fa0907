using System.Text.Json;
using ClerkStation.Domain.Staff;
using ClerkStation.Domain.Training;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Training;

public sealed record AssignmentRow(Guid Id, string ScenarioCode, string Title, string DepartmentCode, DateTimeOffset AssignedAt, string AssignedBy, Guid? CompletedRunId, int? Percent);

public sealed record RunRow(Guid Id, string TraineeId, string TraineeName, string ScenarioCode, string Title, string DepartmentCode, string ExpectedTarget,
    DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, bool Abandoned, int? Percent);

public sealed record ActiveRunView(Guid RunId, Scenario Scenario, DateTimeOffset StartedAt);

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

internal static class TrainingRows
{
    public static RunRow Run(TrainingRun r, IReadOnlyDictionary<string, Scenario> byCode) =>
        new(r.Id, r.TraineeId, r.TraineeName, r.ScenarioCode, byCode.GetValueOrDefault(r.ScenarioCode)?.Title.Current ?? r.ScenarioCode,
            r.DepartmentCode, r.ExpectedTarget, r.StartedAt, r.FinishedAt, r.Abandoned, r.Percent);
}

/// <summary>Starts a practice run of a scenario (an assigned one, or any for self-study). Practice workspace only.</summary>
[AllowedRoles(StaffRole.Trainee, StaffRole.Clerk)]
public sealed record StartScenarioRun(string ScenarioCode, Guid? AssignmentId) : ICommand<Guid>, IAuditTarget
{
    public string? AuditTarget => ScenarioCode;
}

public sealed class StartScenarioRunHandler(Workspace workspace, ClerkDatabases databases, ScenarioLibrary library, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<StartScenarioRun, Guid>
{
    public async ValueTask<Guid> Handle(StartScenarioRun command, CancellationToken cancellationToken)
    {
        if (!workspace.IsPractice)
        {
            throw new PracticeOnlyException(nameof(StartScenarioRun));
        }

        var me = await currentUser.RequireAsync();
        var scenario = await library.FindAsync(databases, command.ScenarioCode, cancellationToken)
            ?? throw new InvalidOperationException($"No scenario {command.ScenarioCode}");
        await using var db = await databases.Production.CreateDbContextAsync(cancellationToken);
        if (command.AssignmentId is { } assignmentId
            && !await db.Set<TrainingAssignment>().AnyAsync(a => a.Id == assignmentId && a.TraineeId == me.UserId && a.ScenarioCode == scenario.Code, cancellationToken))
        {
            throw new AccessDeniedException(nameof(StartScenarioRun), "not your assignment");
        }

        // One run at a time: an unfinished earlier run is abandoned.
        foreach (var open in await db.Set<TrainingRun>().Where(r => r.TraineeId == me.UserId && r.FinishedAt == null && !r.Abandoned).ToListAsync(cancellationToken))
        {
            open.Abandoned = true;
        }

        var run = new TrainingRun
        {
            Id = Guid.CreateVersion7(),
            TraineeId = me.UserId,
            TraineeName = me.DisplayName,
            ScenarioCode = scenario.Code,
            AssignmentId = command.AssignmentId,
            DepartmentCode = scenario.DepartmentCode,
            ExpectedTarget = scenario.ExpectedTarget,
            StartedAt = clock.GetUtcNow(),
        };
        db.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run.Id;
    }
}

/// <summary>The run in progress, for the practice banner's persona card.</summary>
[AllowedRoles(StaffRole.Trainee, StaffRole.Clerk, StaffRole.Trainer)]
public sealed record GetActiveRun : IQuery<ActiveRunView?>;

public sealed class GetActiveRunHandler(ClerkDatabases databases, ScenarioLibrary library, ICurrentUser currentUser) : IQueryHandler<GetActiveRun, ActiveRunView?>
{
    public async ValueTask<ActiveRunView?> Handle(GetActiveRun query, CancellationToken cancellationToken)
    {
        var me = await currentUser.RequireAsync();
        await using var db = await databases.Production.CreateDbContextAsync(cancellationToken);
        var run = await PracticeRunScoringBehavior<GetActiveRun, ActiveRunView?>.ActiveRun(db, me.UserId);
        return run is not null && await library.FindAsync(databases, run.ScenarioCode, cancellationToken) is { } scenario
            ? new ActiveRunView(run.Id, scenario, run.StartedAt)
            : null;
    }
}

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

/// <summary>
/// A clerk or trainer switches into or out of the practice workspace, explicitly. Stored and audited in the production
/// database whichever workspace the request came from. Trainees cannot leave practice.
/// </summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainer)]
public sealed record SwitchWorkspace(bool Practice) : ICommand<WorkspaceKind>;

public sealed class SwitchWorkspaceHandler(Workspace workspace, ClerkDatabases databases, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<SwitchWorkspace, WorkspaceKind>
{
    public async ValueTask<WorkspaceKind> Handle(SwitchWorkspace command, CancellationToken cancellationToken)
    {
        var me = await currentUser.RequireAsync();
        if (!Workspace.MaySwitch(me))
        {
            throw new AccessDeniedException(nameof(SwitchWorkspace), "trainees always work in practice");
        }

        var now = clock.GetUtcNow();
        await using var db = await databases.Production.CreateDbContextAsync(cancellationToken);
        var preference = await db.Set<WorkspacePreference>().FirstOrDefaultAsync(p => p.UserId == me.UserId, cancellationToken);
        if (preference is null)
        {
            preference = new WorkspacePreference { UserId = me.UserId };
            db.Add(preference);
        }

        preference.Practice = command.Practice;
        preference.ChangedAt = now;
        db.AuditEntries.Add(new AuditEntry
        {
            At = now,
            UserId = me.UserId,
            UserName = me.DisplayName,
            Action = command.Practice ? "WorkspaceSwitch:Practice" : "WorkspaceSwitch:Production",
            Target = me.UserId,
            Succeeded = true,
        });
        await db.SaveChangesAsync(cancellationToken);
        return await workspace.RefreshAsync(cancellationToken);
    }
}
