namespace ClerkStation.Domain.Queue;

/// <summary>
/// The wait printed on the ticket and shown in the hall: people ahead × the category's recent average service time,
/// shared by the windows that serve the category.
/// </summary>
public static class WaitEstimate
{
    /// <summary>How many of the latest finished visits make the average.</summary>
    public const int RecentVisits = 20;

    /// <param name="recentServiceTimes">The category's latest finished visits, newest first; the settings' default when none.</param>
    public static TimeSpan AverageServiceTime(IEnumerable<TimeSpan> recentServiceTimes, TimeSpan fallback)
    {
        var recent = recentServiceTimes.Take(RecentVisits).ToList();
        return recent.Count == 0 ? fallback : TimeSpan.FromTicks((long)recent.Average(t => t.Ticks));
    }

    public static TimeSpan For(int peopleAhead, TimeSpan averageServiceTime, int windowsServing) =>
        peopleAhead <= 0 ? TimeSpan.Zero : averageServiceTime * peopleAhead / Math.Max(1, windowsServing);

    /// <summary>Rounded up to whole minutes for print and display.</summary>
    public static int Minutes(TimeSpan wait) => (int)Math.Ceiling(wait.TotalMinutes);
}
