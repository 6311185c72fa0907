namespace ClerkStation.Domain.Calendar;

/// <summary>
/// One year of the official holiday arrangement (国务院办公厅 notice), as published: every day off that falls on a
/// date (weekend days inside a holiday included) and every make-up workday. Published yearly as data, never derived.
/// </summary>
public sealed record CalendarYear(int Year, string Source, IReadOnlyList<CalendarDay> Holidays, IReadOnlyList<CalendarDay> Workdays);
