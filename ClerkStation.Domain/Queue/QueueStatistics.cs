namespace ClerkStation.Domain.Queue;

/// <summary>
/// One line of the queue's figures: tickets taken, calls (visits started), no-shows (tickets left on the missed list),
/// the average wait of the calls and the average service time of the finished visits, in minutes (null: none).
/// </summary>
public sealed record QueueFigureRow(string Key, int Tickets, int Calls, int NoShows, double? AverageWaitMinutes, double? AverageServiceMinutes)
{
    /// <summary>No-shows per ticket taken, in percent with one decimal (0 without tickets).</summary>
    public double NoShowRate => Tickets == 0 ? 0 : Math.Round(100.0 * NoShows / Tickets, 1);
}

/// <summary>
/// 排队统计: tickets, no-show rate, wait and service time for a range of days, in total and by hour of the day, by day, by
/// category and by window. A ticket counts on the day, hour and category it was taken in (a transfer moves its category)
/// and as a no-show at the window that last called it; a call counts at the hour, day and window it was made;
/// the wait is the call's (from the ticket's issue to the call), the service time the finished visit's.
/// </summary>
public sealed record QueueStatistics(
    DateOnly From, DateOnly To, QueueFigureRow Total,
    IReadOnlyList<QueueFigureRow> ByHour, IReadOnlyList<QueueFigureRow> ByDay, IReadOnlyList<QueueFigureRow> ByCategory, IReadOnlyList<QueueFigureRow> ByWindow)
{
    public static QueueStatistics Compute(DateOnly from, DateOnly to, IEnumerable<QueueTicket> tickets, IEnumerable<Visit> visits)
    {
        var t = tickets.Where(x => x.Day >= from && x.Day <= to).ToList();
        var v = visits.Where(x => x.Day >= from && x.Day <= to).ToList();
        string Hour(int h) => h.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        string Window(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Hours and days with neither a ticket nor a call are left out; categories and windows as they occur.
        var hours = t.Select(x => x.IssuedAt.Hour).Concat(v.Select(x => x.StartedAt.Hour)).Distinct().Order()
            .Select(h => Row(Hour(h), t.Where(x => x.IssuedAt.Hour == h), v.Where(x => x.StartedAt.Hour == h)));
        var days = t.Select(x => x.Day).Concat(v.Select(x => x.Day)).Distinct().Order()
            .Select(d => Row(Day(d), t.Where(x => x.Day == d), v.Where(x => x.Day == d)));
        var categories = t.Select(x => x.Category).Concat(v.Select(x => x.Category)).Distinct().Order(StringComparer.Ordinal)
            .Select(c => Row(c, t.Where(x => x.Category == c), v.Where(x => x.Category == c)));
        var windows = v.Select(x => x.Window).Distinct().Order()
            .Select(w => Row(Window(w), t.Where(x => x.Window == w && x.Status == TicketStatus.Missed), v.Where(x => x.Window == w), ticketsCalled: true));
        return new QueueStatistics(from, to, Row("*", t, v), hours.ToList(), days.ToList(), categories.ToList(), windows.ToList());
    }

    /// <param name="ticketsCalled">By window: "tickets" are the distinct tickets it called, and the no-shows those it left missed.</param>
    private static QueueFigureRow Row(string key, IEnumerable<QueueTicket> tickets, IEnumerable<Visit> visits, bool ticketsCalled = false)
    {
        var t = tickets.ToList();
        var v = visits.ToList();
        var finished = v.Where(x => x.Outcome == VisitOutcome.Finished && x.ServiceTime is not null).ToList();
        return new QueueFigureRow(
            key,
            ticketsCalled ? v.Select(x => x.TicketId).Distinct().Count() : t.Count,
            v.Count,
            t.Count(x => x.Status == TicketStatus.Missed),
            v.Count == 0 ? null : Math.Round(v.Average(x => x.Waited.TotalMinutes), 1),
            finished.Count == 0 ? null : Math.Round(finished.Average(x => x.ServiceTime!.Value.TotalMinutes), 1));
    }
}
