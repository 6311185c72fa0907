using ClerkStation.Domain.Queue;
using ClerkStation.Infrastructure;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.Queue;

/// <summary>The hall on the supervisor's floor now: waiting per category, window states, today's averages, the wait alert.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record GetQueueFloor : IQuery<QueueFloor>;

public sealed class GetQueueFloorHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock, QueueSettings settings, IOptions<QueueOptions> options)
    : IQueryHandler<GetQueueFloor, QueueFloor>
{
    public async ValueTask<QueueFloor> Handle(GetQueueFloor query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = clock.Today;
        var tickets = await db.QueueTickets.AsNoTracking().Where(t => t.Day == today).ToListAsync(cancellationToken);
        var visits = await db.Visits.AsNoTracking().Where(v => v.Day == today).ToListAsync(cancellationToken);
        var seats = await db.WindowSeats.AsNoTracking().ToListAsync(cancellationToken);
        return QueueFloor.Compute(settings, tickets, visits, seats, clock.Now, TimeSpan.FromMinutes(options.Value.AlertWaitMinutes));
    }
}
