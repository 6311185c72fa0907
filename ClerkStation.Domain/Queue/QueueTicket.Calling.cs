using ClerkStation.Domain.Common;
using ClerkStation.Domain.Staff;

namespace ClerkStation.Domain.Queue;

/// <summary>Calling a ticket: the first call by a window that may call it, and the re-call (announce again, or back from missed).</summary>
public sealed partial class QueueTicket
{
    /// <summary>Call next: the window calls this waiting ticket; the visit starts.</summary>
    public Visit Call(Actor clerk, QueueWindow window, DateTimeOffset now, DateOnly today)
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
        return StartVisit(now, today);
    }

    /// <summary>Whether <paramref name="window"/> may call the ticket: one it was transferred to, or one serving its category.</summary>
    public bool IsCallableBy(QueueWindow window) =>
        TargetWindow is { } target ? target == window.Number : window.Serves(Category);

    /// <summary>
    /// 重呼: announces a serving ticket again; a missed one is called back (a new visit) while the limit has not passed.
    /// Returns the new visit when it was called back from the missed list.
    /// </summary>
    public Visit? Recall(Actor clerk, DateTimeOffset now, DateOnly today, TimeSpan recallLimit)
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
        return StartVisit(now, today);
    }
}
