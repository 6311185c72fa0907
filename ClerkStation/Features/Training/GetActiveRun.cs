using ClerkStation.Domain.Training;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Training;

public sealed record ActiveRunView(Guid RunId, Scenario Scenario, DateTimeOffset StartedAt);

/// <summary>The run in progress, for the practice banner's persona card.</summary>
[AllowedRoles(StaffRole.Trainee, StaffRole.Clerk, StaffRole.Trainer)]
public sealed record GetActiveRun : IQuery<ActiveRunView?>;

public sealed class GetActiveRunHandler(ClerkDatabases databases, ScenarioLibrary library, ICurrentUser currentUser) : IQueryHandler<GetActiveRun, ActiveRunView?>
{
    public async ValueTask<ActiveRunView?> Handle(GetActiveRun query, CancellationToken cancellationToken)
    {
        var me = await currentUser.RequireAsync();
        await using var db = await databases.Production.CreateDbContextAsync(cancellationToken);
        var run = await ScorePracticeRun.ActiveRun(db, me.UserId);
        return run is not null && await library.FindAsync(databases, run.ScenarioCode, cancellationToken) is { } scenario
            ? new ActiveRunView(run.Id, scenario, run.StartedAt)
            : null;
    }
}
