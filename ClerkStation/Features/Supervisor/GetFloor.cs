using ClerkStation.Domain.Cases;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.Supervisor;

/// <summary>The live floor: today's counts, open queues, the overdue and due-soon boards, workload per person.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record GetFloor : IQuery<FloorSnapshot>;

public sealed class GetFloorHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, CalendarService calendars, CenterClock clock, IOptions<DeadlineOptions> deadlines)
    : IQueryHandler<GetFloor, FloorSnapshot>
{
    public async ValueTask<FloorSnapshot> Handle(GetFloor query, CancellationToken cancellationToken) =>
        await FloorQueries.LoadAsync(dbFactory, clock.Today, calendars.Current, new DeadlinePolicy(deadlines.Value.WarningWorkingDays), cancellationToken);
}
