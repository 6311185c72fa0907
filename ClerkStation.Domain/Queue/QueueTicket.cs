using ClerkStation.Domain.Common;

namespace ClerkStation.Domain.Queue;

/// <summary>
/// 排队叫号: one applicant's ticket for one day, from the kiosk to the end of the visit. Its number is the category's letter
/// and the day's sequence of that category (A012). The window that called it re-calls, marks it missed, holds, resumes,
/// transfers or finishes it; each call starts a <see cref="Visit"/> that the decisions at the counter record.
/// </summary>
public sealed partial class QueueTicket : AggregateRoot, ICenterOwned
{
    /// <summary>The center the row belongs to (ADR 0018), stamped when it is first saved.</summary>
    public int CenterId { get; private set; }

    private QueueTicket()
    {
    }

    public Guid Id { get; private set; }
    public DateOnly Day { get; private set; }
    public string Category { get; private set; } = string.Empty;
    public int Sequence { get; private set; }
    public string Number { get; private set; } = string.Empty;

    /// <summary>The secret part of the phone page's address (/q/{token}).</summary>
    public string Token { get; private set; } = string.Empty;

    public PriorityReason Priority { get; private set; }
    public DateTimeOffset? AppointmentStart { get; private set; }
    public DateTimeOffset? AppointmentEnd { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public TicketStatus Status { get; private set; }

    /// <summary>Set by a transfer to one window: only that window calls the ticket.</summary>
    public int? TargetWindow { get; private set; }
    public string? TransferNote { get; private set; }

    /// <summary>The window that called it last (serving, held, missed, finished).</summary>
    public int? Window { get; private set; }
    public string? ServedById { get; private set; }
    public string? ServedByName { get; private set; }
    public DateTimeOffset? CalledAt { get; private set; }
    public int CallCount { get; private set; }
    public DateTimeOffset? MissedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public Guid? CurrentVisitId { get; private set; }

    /// <summary>Optimistic concurrency: two windows calling the same ticket at once; the second save fails and picks again.</summary>
    public int Version { get; private set; }

    public bool IsPriority => Priority != PriorityReason.None;

    /// <summary>A checked-in appointment is called ahead of walk-ins from its slot's start.</summary>
    public bool IsAppointmentDue(DateTimeOffset now) => AppointmentStart is { } start && now >= start;

    /// <summary>A missed ticket can be called back until the center's limit has passed; then it has expired.</summary>
    public bool IsExpired(DateTimeOffset now, TimeSpan recallLimit) => Status == TicketStatus.Missed && now - MissedAt > recallLimit;

    public static string FormatNumber(string letter, int sequence) => letter + sequence.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

    /// <param name="appointment">The booking it checks in for; a check-in after the slot's end makes an ordinary ticket.</param>
    public static QueueTicket Issue(
        QueueCategory category, int sequence, PriorityReason priority, AppointmentSlot? appointment, string token, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(category);
        var onTime = appointment is not null && now <= appointment.End;
        var ticket = new QueueTicket
        {
            Id = Guid.CreateVersion7(now),
            Day = today,
            Category = category.Letter,
            Sequence = sequence,
            Number = FormatNumber(category.Letter, sequence),
            Token = token,
            Priority = priority,
            AppointmentStart = onTime ? appointment!.Start : null,
            AppointmentEnd = onTime ? appointment!.End : null,
            IssuedAt = now,
            Status = TicketStatus.Waiting,
        };
        ticket.Changed(isCall: false);
        return ticket;
    }
}
