using ClerkStation.Domain.Queue;

namespace ClerkStation.Features.Queue;

/// <summary>Where a ticket stands: what the printed ticket, the phone page and the hall show.</summary>
public sealed record TicketPosition(Guid TicketId, string Number, string Category, TicketStatus Status, int PeopleAhead, int WaitMinutes, int? Window, string Token);

/// <summary>The day's tickets and finished visits, read once, and the figures computed from them (people ahead, estimated wait).</summary>
public sealed class QueueFigures
{
    private readonly QueueSettings _settings;
    private readonly Dictionary<string, TimeSpan> _averages;

    private QueueFigures(QueueSettings settings, IReadOnlyList<QueueTicket> tickets, IEnumerable<Visit> finished, DateTimeOffset now)
    {
        _settings = settings;
        Tickets = tickets;
        Now = now;
        // Newest first: the average takes the latest visits of the day; before any, the settings' default.
        _averages = finished.GroupBy(v => v.Category).ToDictionary(g => g.Key,
            g => WaitEstimate.AverageServiceTime(g.OrderByDescending(v => v.EndedAt).Select(v => v.ServiceTime!.Value), settings.DefaultServiceTime));
    }

    public IReadOnlyList<QueueTicket> Tickets { get; }

    public DateTimeOffset Now { get; }

    public static async Task<QueueFigures> LoadAsync(ClerkDbContext db, QueueSettings settings, DateOnly day, DateTimeOffset now, CancellationToken ct)
    {
        var tickets = await db.QueueTickets.AsNoTracking().Where(t => t.Day == day).ToListAsync(ct);
        var finished = await db.Visits.AsNoTracking().Where(v => v.Day == day && v.Outcome == VisitOutcome.Finished).ToListAsync(ct);
        return new QueueFigures(settings, tickets, finished, now);
    }

    public int Waiting(string category) => Tickets.Count(t => t.Status == TicketStatus.Waiting && t.Category == category);

    /// <summary>The wait of someone with <paramref name="peopleAhead"/> before them in <paramref name="category"/>.</summary>
    public int WaitMinutes(string category, int peopleAhead) =>
        WaitEstimate.Minutes(WaitEstimate.For(peopleAhead, _averages.GetValueOrDefault(category, _settings.DefaultServiceTime),
            _settings.Windows.Count(w => w.Serves(category))));

    public TicketPosition PositionOf(QueueTicket ticket)
    {
        var ahead = ticket.Status == TicketStatus.Waiting ? CallOrder.PeopleAhead(ticket, Tickets, Now) : 0;
        return new TicketPosition(ticket.Id, ticket.Number, ticket.Category, ticket.Status, ahead, WaitMinutes(ticket.Category, ahead), ticket.Window, ticket.Token);
    }
}
