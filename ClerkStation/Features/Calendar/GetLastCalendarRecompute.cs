using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Calendar;

/// <summary>The latest official calendar year's effect on open deadlines, for the supervisor's floor (null: none yet).</summary>
[AllowedRoles(StaffRole.Supervisor, StaffRole.Admin)]
public sealed record GetLastCalendarRecompute : IQuery<CalendarRecomputeSummary?>;

public sealed class GetLastCalendarRecomputeHandler(ClerkDatabases databases) : IQueryHandler<GetLastCalendarRecompute, CalendarRecomputeSummary?>
{
    public async ValueTask<CalendarRecomputeSummary?> Handle(GetLastCalendarRecompute query, CancellationToken cancellationToken)
    {
        await using var db = await databases.Production.CreateDbContextAsync(cancellationToken);
        return await db.CalendarRecomputes.AsNoTracking().OrderByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
