using ClerkStation.Domain.Calendar;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Calendar;

/// <summary>
/// A year as the app counts it now: its days off and make-up workdays, where it comes from (official notice, shipped
/// file or provisional), its working-day count, and — for an official year — who saved it and the version to save over.
/// </summary>
public sealed record CalendarYearInfo(
    CalendarYear Year, int WorkingDays, string? SavedByName, DateTimeOffset? SavedAt, int? Version, CalendarRecomputeSummary? LastRecompute)
{
    public YearProvenance Provenance => Year.Provenance;
}

[AllowedRoles(StaffRole.Admin)]
public sealed record GetCalendarYear(int Year) : IQuery<CalendarYearInfo>;

public sealed class GetCalendarYearHandler(CalendarService calendars, ClerkDatabases databases) : IQueryHandler<GetCalendarYear, CalendarYearInfo>
{
    public async ValueTask<CalendarYearInfo> Handle(GetCalendarYear query, CancellationToken cancellationToken)
    {
        var calendar = calendars.Current;
        var year = calendar.YearOf(query.Year);
        var first = new DateOnly(query.Year, 1, 1);
        var workingDays = Enumerable.Range(0, first.AddYears(1).DayNumber - first.DayNumber).Count(i => calendar.IsWorkingDay(first.AddDays(i)));
        await using var db = await databases.Production.CreateDbContextAsync(cancellationToken);
        var saved = await db.CalendarYears.AsNoTracking()
            .Where(y => y.Year == query.Year)
            .Select(y => new { y.SavedByName, y.SavedAt, y.Version })
            .FirstOrDefaultAsync(cancellationToken);
        var last = await db.CalendarRecomputes.AsNoTracking().Where(s => s.Year == query.Year)
            .OrderByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        return new CalendarYearInfo(year, workingDays, saved?.SavedByName, saved?.SavedAt, saved?.Version, last);
    }
}
