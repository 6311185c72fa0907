namespace ClerkStation.Domain.Calendar;

/// <summary>
/// A date falls in a year the calendar has no data for. Deadlines are never computed weekdays-only:
/// an administrator must load the year's notice first.
/// </summary>
public sealed class CalendarYearMissingException(int year)
    : Exception($"The working-day calendar has no data for {year}; load seed-data/calendar/{year}.json.")
{
    public int Year { get; } = year;
}
