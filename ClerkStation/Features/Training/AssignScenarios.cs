using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Training;

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
