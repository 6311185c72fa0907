using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Training;

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
