using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Queue;
using static ClerkStation.Tests.Domain.Queue.QueueTestKit;

namespace ClerkStation.Tests.Domain.Queue;

public class WaitEstimateTests
{
    [Fact]
    public void People_ahead_times_the_recent_average_shared_by_the_windows_serving_the_category()
    {
        var average = WaitEstimate.AverageServiceTime([TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(8)], TimeSpan.FromMinutes(10));
        Assert.Equal(TimeSpan.FromMinutes(6), average);
        Assert.Equal(TimeSpan.FromMinutes(30), WaitEstimate.For(5, average, 1));
        Assert.Equal(TimeSpan.FromMinutes(15), WaitEstimate.For(5, average, 2));
        Assert.Equal(TimeSpan.Zero, WaitEstimate.For(0, average, 2));
        Assert.Equal(8, WaitEstimate.Minutes(TimeSpan.FromMinutes(7.2)));
    }

    [Fact]
    public void Without_finished_visits_the_settings_default_is_used_and_only_the_latest_visits_count()
    {
        Assert.Equal(TimeSpan.FromMinutes(10), WaitEstimate.AverageServiceTime([], TimeSpan.FromMinutes(10)));
        var times = Enumerable.Repeat(TimeSpan.FromMinutes(2), WaitEstimate.RecentVisits).Append(TimeSpan.FromHours(5));
        Assert.Equal(TimeSpan.FromMinutes(2), WaitEstimate.AverageServiceTime(times, TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public void Settings_with_unknown_or_duplicate_categories_are_reported()
    {
        var good = new QueueSettings([A, B], [Window1, Window2], RecallLimit, TimeSpan.FromMinutes(8));
        Assert.Empty(good.Problems());
        var bad = good with
        {
            Categories = [A, A, new QueueCategory("ab", new LocalizedText("x", "x"))],
            Windows = [Window1, Window1, new QueueWindow(9, new HashSet<string> { "Z" })],
        };
        var problems = bad.Problems();
        Assert.Contains("category A appears twice", problems);
        Assert.Contains("category letter 'ab' is not one letter A-Z", problems);
        Assert.Contains("window 1 appears twice", problems);
        Assert.Contains("window 9 serves unknown category Z", problems);
    }
}
