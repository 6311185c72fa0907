using ClerkStation.Domain.Calendar;

namespace ClerkStation.Benchmarks;

/// <summary>
/// The shipped calendar (seed-data/calendar: 2025 and 2026 files, later years provisional) and the day-by-day baseline
/// built from the very same years 2025–2040, plus start dates spread over 2025–2026 so no query is a lucky repeat.
/// </summary>
public static class CalendarData
{
    /// <summary>Spans in working days: a week, a typical promise, a statutory limit, a year, and about ten years.</summary>
    public static readonly int[] Spans = [5, 20, 60, 250, 2500];

    /// <summary>Loads both calendars and the start dates.</summary>
    public static (WorkingDayCalendar Prefix, DayByDayCalendar Loop, DateOnly[] Starts) Load()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root!.FullName, "ClerkStation.sln")))
        {
            root = root.Parent;
        }
        var prefix = WorkingDayCalendar.LoadFromDirectory(Path.Combine(root.FullName, "seed-data", "calendar"));
        var loop = new DayByDayCalendar(Enumerable.Range(2025, 16).Select(prefix.YearOf));
        var starts = Enumerable.Range(0, 64).Select(i => new DateOnly(2025, 1, 2).AddDays(i * 11)).ToArray();
        return (prefix, loop, starts);
    }
}
