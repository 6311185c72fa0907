namespace ClerkStation.Domain.Queue;

/// <summary>A window as the supervisor sees it: nobody seated (closed), seated and free, serving, or its ticket parked (paused).</summary>
public enum WindowState
{
    Closed,
    Idle,
    Serving,
    Paused,
}

public sealed record WindowOnFloor(int Window, WindowState State, string? ClerkName, string? TicketNumber);

public sealed record CategoryOnFloor(string Letter, int Waiting, TimeSpan LongestWait);

/// <summary>
/// The hall on the supervisor's floor (值班长): who waits per category and the longest wait, each window's state, today's
/// average wait and service time, and the tickets waiting longer than the center's alert threshold.
/// </summary>
public sealed record QueueFloor(
    IReadOnlyList<CategoryOnFloor> Categories, TimeSpan LongestWait, IReadOnlyList<WindowOnFloor> Windows,
    TimeSpan? AverageWait, TimeSpan? AverageServiceTime, IReadOnlyList<string> WaitingTooLong)
{
    /// <param name="tickets">The day's tickets.</param>
    /// <param name="visits">The day's visits (the average wait counts every call, the service time the finished ones).</param>
    /// <param name="alertAfter">A waiting ticket past this wait raises the alert.</param>
    public static QueueFloor Compute(
        QueueSettings settings, IReadOnlyList<QueueTicket> tickets, IReadOnlyList<Visit> visits, IReadOnlyList<WindowSeat> seats,
        DateTimeOffset now, TimeSpan alertAfter)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var waiting = tickets.Where(t => t.Status == TicketStatus.Waiting).ToList();
        TimeSpan WaitOf(QueueTicket t) => now - t.IssuedAt;
        var categories = settings.Categories.Select(c =>
        {
            var mine = waiting.Where(t => t.Category == c.Letter).ToList();
            return new CategoryOnFloor(c.Letter, mine.Count, mine.Count == 0 ? TimeSpan.Zero : mine.Max(WaitOf));
        }).ToList();
        var windows = settings.Windows.Select(w =>
        {
            var seat = seats.FirstOrDefault(s => s.Window == w.Number);
            var ticket = seat is null ? null : tickets.FirstOrDefault(t => t.Window == w.Number && t.ServedById == seat.ClerkId
                && t.Status is TicketStatus.Serving or TicketStatus.Held);
            var state = seat is null ? WindowState.Closed
                : ticket is null ? WindowState.Idle
                : ticket.Status == TicketStatus.Held ? WindowState.Paused : WindowState.Serving;
            return new WindowOnFloor(w.Number, state, seat?.ClerkName, ticket?.Number);
        }).ToList();
        var finished = visits.Where(v => v.ServiceTime is not null && v.Outcome == VisitOutcome.Finished).ToList();
        return new QueueFloor(
            categories,
            waiting.Count == 0 ? TimeSpan.Zero : waiting.Max(WaitOf),
            windows,
            visits.Count == 0 ? null : TimeSpan.FromTicks((long)visits.Average(v => v.Waited.Ticks)),
            finished.Count == 0 ? null : TimeSpan.FromTicks((long)finished.Average(v => v.ServiceTime!.Value.Ticks)),
            waiting.Where(t => WaitOf(t) > alertAfter).OrderBy(t => t.IssuedAt).Select(t => t.Number).ToList());
    }
}
