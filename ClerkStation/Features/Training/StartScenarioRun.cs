using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Training;

/// <summary>Starts a practice run of a scenario (an assigned one, or any for self-study). Practice workspace only.</summary>
[AllowedRoles(StaffRole.Trainee, StaffRole.Clerk)]
public sealed record StartScenarioRun(string ScenarioCode, Guid? AssignmentId) : ICommand<Guid>, IAuditTarget
{
    public string? AuditTarget => ScenarioCode;
}

public sealed class StartScenarioRunHandler(
    Workspace workspace, ClerkDatabases databases, ScenarioLibrary library, ICurrentUser currentUser, TimeProvider clock, PracticeLicences licences)
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
        await licences.EnsureHeldAsync(scenario, cancellationToken);
        return run.Id;
    }
}
