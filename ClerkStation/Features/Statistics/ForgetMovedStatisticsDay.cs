using ClerkStation.Domain.Cases;
using ClerkStation.Infrastructure.Events;
using ClerkStation.Infrastructure.Realtime;

namespace ClerkStation.Features.Statistics;

/// <summary>
/// A case moved to another department changes its acceptance day's figures per department: every node forgets that
/// kept day (<see cref="StatisticsDailyFigures"/>), through the live updates that already cross nodes.
/// </summary>
public sealed class ForgetMovedStatisticsDay(IDbContextFactory<ClerkDbContext> dbFactory, LiveUpdates live) : DomainEventHandler<CaseChanged>
{
    protected override async ValueTask HandleAsync(CaseChanged changed, CancellationToken cancellationToken)
    {
        if (changed.PreviousDepartmentCode is null)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var day = await db.Cases.AcrossCenters().AsNoTracking().Where(c => c.Id == changed.CaseId)
            .Select(c => new { c.CenterId, c.AcceptedOn }).SingleOrDefaultAsync(cancellationToken);
        if (day is not null)
        {
            await live.PublishAsync(new LiveChange(StatisticsDailyFigures.DayTopic(day.CenterId, day.AcceptedOn), changed.Number));
        }
    }
}
