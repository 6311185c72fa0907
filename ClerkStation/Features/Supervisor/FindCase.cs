using ClerkStation.Domain.Cases;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.Supervisor;

/// <summary>A case by its number (any status), for the supervisor to reassign one that is not on a board.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record FindCase(string Number) : IQuery<RiskRow?>;

public sealed class FindCaseHandler(IDbContextFactory<ClerkDbContext> dbFactory, CalendarService calendars, CenterClock clock, IOptions<DeadlineOptions> deadlines)
    : IQueryHandler<FindCase, RiskRow?>
{
    public async ValueTask<RiskRow?> Handle(FindCase query, CancellationToken cancellationToken)
    {
        var number = query.Number?.Trim();
        if (string.IsNullOrEmpty(number))
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(x => x.Number == number, cancellationToken);
        if (c is null)
        {
            return null;
        }
        var today = clock.Today;
        var calendar = calendars.Current;
        var covered = calendar.Covers(today.Year);
        return new RiskRow(c.Id, c.Number, c.ItemCode, c.ItemName, c.DepartmentCode, c.Status, c.DueDate,
            covered ? c.RemainingWorkingDays(today, calendar) : null,
            covered ? c.LightOn(today, calendar, new DeadlinePolicy(deadlines.Value.WarningWorkingDays)) : DeadlineLight.None,
            c.ClaimedById, c.ClaimedByName, c.AssignedClerkId, c.AssignedClerkName);
    }
}
