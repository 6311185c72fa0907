using System.Globalization;
using ClerkStation.Domain.Calendar;

namespace ClerkStation.Tests.Domain.Calendar;

/// <summary>The real seed-data calendar, loaded once: tests run against the dates the app ships.</summary>
public static class CalendarTestData
{
    private static readonly Lazy<WorkingDayCalendar> Loaded = new(() => WorkingDayCalendar.LoadFromDirectory(Folder));

    public static WorkingDayCalendar Calendar => Loaded.Value;

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Folder => Path.Combine(RepositoryRoot(), "seed-data", "calendar");

    // Walks up from the test binaries to the folder holding the solution file, so no copy of the data is needed.
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClerkStation.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("ClerkStation.sln not found above " + AppContext.BaseDirectory);
    }
}
