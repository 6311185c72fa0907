namespace ClerkStation.Domain.Queue;

/// <summary>
/// Who is called next at a window: among the waiting tickets it may call (its categories, or transferred to it),
/// priority tickets first, then checked-in appointments whose slot has started, then by arrival.
/// </summary>
public static class CallOrder
{
    public static IEnumerable<QueueTicket> For(IEnumerable<QueueTicket> tickets, QueueWindow window, DateTimeOffset now) =>
        Ranked(tickets.Where(t => t.Status == TicketStatus.Waiting && t.IsCallableBy(window)), now);

    /// <summary>The ticket <paramref name="window"/> calls now, or null when nobody it serves is waiting.</summary>
    public static QueueTicket? Next(IEnumerable<QueueTicket> tickets, QueueWindow window, DateTimeOffset now) =>
        For(tickets, window, now).FirstOrDefault();

    /// <summary>How many waiting tickets of its category are called before <paramref name="ticket"/>.</summary>
    public static int PeopleAhead(QueueTicket ticket, IEnumerable<QueueTicket> tickets, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var mine = Key(ticket, now);
        return tickets.Count(t => t.Id != ticket.Id && t.Status == TicketStatus.Waiting && t.Category == ticket.Category
            && Key(t, now).CompareTo(mine) < 0);
    }

    private static IOrderedEnumerable<QueueTicket> Ranked(IEnumerable<QueueTicket> tickets, DateTimeOffset now) =>
        tickets.OrderBy(t => Key(t, now));

    // The number (unique per center and day) settles a tie last: a ticket transferred into a category keeps its own
    // sequence, which can equal that category's own ticket's.
    private static (int, int, DateTimeOffset, string, int, string) Key(QueueTicket t, DateTimeOffset now) =>
        (t.IsPriority ? 0 : 1, t.IsAppointmentDue(now) ? 0 : 1, t.IssuedAt, t.Category, t.Sequence, t.Number);
}
