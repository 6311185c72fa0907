using ClerkStation.Infrastructure.Calendar;

namespace ClerkStation.Features.Calendar;

/// <summary>
/// Before saving: how many open cases would change due date under this arrangement (and how many get earlier), and how
/// many rectification deadlines would move. Changes nothing.
/// </summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record PreviewCalendarYear(CalendarArrangement Arrangement) : IQuery<RecomputeCounts>;

public sealed class PreviewCalendarYearHandler(CalendarService calendars, OpenDeadlines deadlines) : IQueryHandler<PreviewCalendarYear, RecomputeCounts>
{
    public async ValueTask<RecomputeCounts> Handle(PreviewCalendarYear query, CancellationToken cancellationToken)
    {
        var before = calendars.Current;
        var after = before.WithYear(query.Arrangement.ToCalendarYear());
        return await deadlines.PreviewAsync(before, after, query.Arrangement.Year, cancellationToken);
    }
}
