using ClerkStation.Domain.Common;
namespace ClerkStation.Domain.Queue;

public enum VisitOutcome
{
    Finished,
    Transferred,
    Missed,
}

/// <summary>
/// 来访: one applicant's time at one window, from the call to its end. The cases, one-time notices and refusals decided
/// while it runs record its id, so the customer screen and the rating see everything done in it (一窗办多事).
/// </summary>
public sealed class Visit : ICenterOwned
{
    /// <summary>The center the row belongs to (ADR 0018), stamped when it is first saved.</summary>
    public int CenterId { get; private set; }

    private Visit()
    {
    }

    public Guid Id { get; private set; }
    public Guid TicketId { get; private set; }
    public string TicketNumber { get; private set; } = string.Empty;
    public string Category { get; private set; } = string.Empty;
    public int Window { get; private set; }
    public string ClerkId { get; private set; } = string.Empty;
    public string ClerkName { get; private set; } = string.Empty;
    public DateOnly Day { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>How long the ticket waited in the hall before this call (from issue, or from its transfer).</summary>
    public TimeSpan Waited { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public VisitOutcome? Outcome { get; private set; }

    public TimeSpan? ServiceTime => EndedAt - StartedAt;

    internal static Visit Start(QueueTicket ticket, DateTimeOffset now, DateOnly today) => new()
    {
        Id = Guid.CreateVersion7(now),
        TicketId = ticket.Id,
        TicketNumber = ticket.Number,
        Category = ticket.Category,
        Window = ticket.Window!.Value,
        ClerkId = ticket.ServedById!,
        ClerkName = ticket.ServedByName!,
        Day = today,
        StartedAt = now,
        Waited = now - ticket.IssuedAt,
    };

    internal void End(VisitOutcome outcome, DateTimeOffset now)
    {
        Outcome = outcome;
        EndedAt = now;
    }
}
