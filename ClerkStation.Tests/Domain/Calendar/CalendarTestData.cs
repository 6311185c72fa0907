using System.Globalization;
using ClerkStation.Domain.Calendar;

namespace ClerkStation.Tests.Domain.Calendar;

/// <summary>The real seed-data calendar, loaded once: tests run against the dates the app ships.</summary>
public static class CalendarTestData
{
    private static readonly Lazy<WorkingDayCalendar> Loaded = new(() => WorkingDayCalendar.LoadFromDirectory(Folder));

    public static WorkingDayCalendar Calendar => Loaded.Value;

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Folder => RepositoryRoot.Combine("seed-data", "calendar");
}
