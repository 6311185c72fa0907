using ClerkStation.Domain.Queue;
using static ClerkStation.Tests.Domain.Queue.QueueTestKit;

namespace ClerkStation.Tests.Domain.Queue;

public sealed class QueueStatisticsTests
{
    private static readonly DateOnly Day1 = Today;
    private static readonly DateOnly Day2 = Day1.AddDays(1);

    /// <summary>
    /// Day 1: A001 waits 10 min at window 1 and is served 10 min; A002 waits 10 min at window 2 and does not come;
    /// B001 (10:10) waits 20 min at window 2 and is served 30 min. Day 2: C001 is taken and still waits.
    /// </summary>
    private static (QueueTicket[] Tickets, Visit[] Visits) TwoDays()
    {
        var a1 = Ticket(A, 1, 0);
        var a2 = Ticket(A, 2, 5);
        var b1 = Ticket(B, 1, 70);
        var c1 = QueueTicket.Issue(C, 1, PriorityReason.None, null, "tokC1", Nine.AddDays(1), Day2);
        var v1 = a1.Call(Actors.Clerk, Window1, Min(10), Today);
        a1.Finish(Actors.Clerk, Min(20), v1);
        var v2 = a2.Call(Actors.Clerk2, Window2, Min(15), Today);
        a2.MarkMissed(Actors.Clerk2, Min(16), v2);
        var v3 = b1.Call(Actors.Clerk2, Window2, Min(90), Today);
        b1.Finish(Actors.Clerk2, Min(120), v3);
        return ([a1, a2, b1, c1], [v1, v2, v3]);
    }

    private static (string, int, int, int, double?, double?) Figures(QueueFigureRow r) => (r.Key, r.Tickets, r.Calls, r.NoShows, r.AverageWaitMinutes, r.AverageServiceMinutes);

    [Fact]
    public void Tickets_no_shows_waits_and_service_times_in_total_by_hour_day_category_and_window()
    {
        var (tickets, visits) = TwoDays();

        var s = QueueStatistics.Compute(Day1, Day2, tickets, visits);

        Assert.Equal(("*", 4, 3, 1, (double?)13.3, (double?)20.0), Figures(s.Total));
        Assert.Equal(25.0, s.Total.NoShowRate);
        Assert.Equal([("09", 3, 2, 1, (double?)10.0, (double?)10.0), ("10", 1, 1, 0, 20.0, 30.0)], s.ByHour.Select(Figures));
        Assert.Equal([("2026-03-11", 3, 3, 1, (double?)13.3, (double?)20.0), ("2026-03-12", 1, 0, 0, null, null)], s.ByDay.Select(Figures));
        Assert.Equal([("A", 2, 2, 1, (double?)10.0, (double?)10.0), ("B", 1, 1, 0, 20.0, 30.0), ("C", 1, 0, 0, null, null)], s.ByCategory.Select(Figures));
        Assert.Equal([("1", 1, 1, 0, (double?)10.0, (double?)10.0), ("2", 2, 2, 1, 15.0, 30.0)], s.ByWindow.Select(Figures));
        Assert.Equal(50.0, s.ByWindow[1].NoShowRate);
    }

    [Fact]
    public void Days_outside_the_range_do_not_count_and_an_empty_range_has_no_averages()
    {
        var (tickets, visits) = TwoDays();

        Assert.Equal(["2026-03-11"], QueueStatistics.Compute(Day1, Day1, tickets, visits).ByDay.Select(d => d.Key));
        var empty = QueueStatistics.Compute(Day1.AddDays(-7), Day1.AddDays(-1), tickets, visits);
        Assert.Equal(("*", 0, 0, 0, (double?)null, (double?)null), Figures(empty.Total));
        Assert.Equal(0, empty.Total.NoShowRate);
        Assert.Empty(empty.ByHour);
    }

    [Fact]
    public void The_floor_alert_starts_only_after_the_threshold_has_passed()
    {
        var hall = new QueueSettings([A], [Window1], RecallLimit, TimeSpan.FromMinutes(8));
        var early = Ticket(A, 1, 0);
        var later = Ticket(A, 2, 1);

        var floor = QueueFloor.Compute(hall, [early, later], [], [], Min(20), TimeSpan.FromMinutes(19));

        Assert.Equal(["A001"], floor.WaitingTooLong);
        Assert.Equal(TimeSpan.FromMinutes(20), floor.LongestWait);
    }
}
