using ClerkStation.Domain.Common;
using ClerkStation.Domain.Staff;

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
        QueueCategory category, int sequence, PriorityReason priority, AppointmentSlot? appointment, string token, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(category);
        var onTime = appointment is not null && now <= appointment.End;
        var ticket = new QueueTicket
        {
            Id = Guid.CreateVersion7(now),
            Day = DateOnly.FromDateTime(now.DateTime),
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

    /// <summary>Call next: the window calls this waiting ticket; the visit starts.</summary>
    public Visit Call(Actor clerk, QueueWindow window, DateTimeOffset now)
    {
        RequireClerk(clerk);
        ArgumentNullException.ThrowIfNull(window);
        if (Status != TicketStatus.Waiting)
        {
            throw Refused(QueueRuleCodes.NotAllowedInStatus, "call");
        }
        if (!IsCallableBy(window))
        {
            throw new DomainRuleException(QueueRuleCodes.UnknownCategory, $"Window {window.Number} does not call {Number}.");
        }

        Window = window.Number;
        ServedById = clerk.UserId;
        ServedByName = clerk.DisplayName;
        TargetWindow = null;
        CallCount = 0;
        return StartVisit(now);
    }

    /// <summary>Whether <paramref name="window"/> may call the ticket: one it was transferred to, or one serving its category.</summary>
    public bool IsCallableBy(QueueWindow window) =>
        TargetWindow is { } target ? target == window.Number : window.Serves(Category);

    /// <summary>
    /// 重呼: announces a serving ticket again; a missed one is called back (a new visit) while the limit has not passed.
    /// Returns the new visit when it was called back from the missed list.
    /// </summary>
    public Visit? Recall(Actor clerk, DateTimeOffset now, TimeSpan recallLimit)
    {
        RequireServedBy(clerk);
        if (Status == TicketStatus.Serving)
        {
            CallCount++;
            CalledAt = now;
            Version++;
            Changed(isCall: true);
            return null;
        }
        if (Status != TicketStatus.Missed)
        {
            throw Refused(QueueRuleCodes.NotAllowedInStatus, "re-call");
        }
        if (IsExpired(now, recallLimit))
        {
            throw new DomainRuleException(QueueRuleCodes.MissedExpired, $"{Number} was missed more than {recallLimit.TotalMinutes} minutes ago.");
        }

        MissedAt = null;
        return StartVisit(now);
    }

    /// <summary>过号: the applicant did not come; the visit ends and the ticket goes to the missed list.</summary>
    public void MarkMissed(Actor clerk, DateTimeOffset now, Visit current)
    {
        RequireCurrent(clerk, current, TicketStatus.Serving, "mark missed");
        current.End(VisitOutcome.Missed, now);
        Status = TicketStatus.Missed;
        MissedAt = now;
        CurrentVisitId = null;
        Version++;
        Changed(isCall: false);
    }

    public void Hold(Actor clerk, DateTimeOffset now, Visit current)
    {
        RequireCurrent(clerk, current, TicketStatus.Serving, "hold");
        Status = TicketStatus.Held;
        Version++;
        Changed(isCall: false);
    }

    public void Resume(Actor clerk, DateTimeOffset now, Visit current)
    {
        RequireCurrent(clerk, current, TicketStatus.Held, "resume");
        Status = TicketStatus.Serving;
        Version++;
        Changed(isCall: false);
    }

    /// <summary>转窗: back to the hall for another window or category, with a note; it keeps its number and arrival.</summary>
    public void Transfer(Actor clerk, DateTimeOffset now, Visit current, int? toWindow, QueueCategory? toCategory, string? note)
    {
        if (toWindow is null && toCategory is null)
        {
            throw new DomainRuleException(QueueRuleCodes.TransferTargetRequired, "A transfer names a window or a category.");
        }
        RequireCurrent(clerk, current, Status == TicketStatus.Held ? TicketStatus.Held : TicketStatus.Serving, "transfer");
        current.End(VisitOutcome.Transferred, now);
        Status = TicketStatus.Waiting;
        Category = toCategory?.Letter ?? Category;
        TargetWindow = toWindow;
        TransferNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Window = null;
        ServedById = null;
        ServedByName = null;
        CurrentVisitId = null;
        Version++;
        Changed(isCall: false);
    }

    /// <summary>办结: the visit ends; the applicant may rate it.</summary>
    public void Finish(Actor clerk, DateTimeOffset now, Visit current)
    {
        RequireCurrent(clerk, current, TicketStatus.Serving, "finish");
        current.End(VisitOutcome.Finished, now);
        Status = TicketStatus.Finished;
        FinishedAt = now;
        CurrentVisitId = null;
        Version++;
        Changed(isCall: false);
    }
}
