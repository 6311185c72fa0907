using ClerkStation.Domain.Common;
using ClerkStation.Domain.Staff;

namespace ClerkStation.Domain.Queue;

/// <summary>What the serving window does with its called ticket: missed, hold and resume, transfer, finish.</summary>
public sealed partial class QueueTicket
{
    /// <summary>过号: the applicant did not come; the visit ends and the ticket goes to the missed list.</summary>
    public void MarkMissed(Actor clerk, DateTimeOffset now, Visit current)
    {
        RequireCurrent(clerk, current, TicketStatus.Serving, "mark missed");
        MissedAt = now;
        EndVisit(current, VisitOutcome.Missed, TicketStatus.Missed, now);
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
        Category = toCategory?.Letter ?? Category;
        TargetWindow = toWindow;
        TransferNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Window = null;
        ServedById = null;
        ServedByName = null;
        EndVisit(current, VisitOutcome.Transferred, TicketStatus.Waiting, now);
    }

    /// <summary>办结: the visit ends; the applicant may rate it.</summary>
    public void Finish(Actor clerk, DateTimeOffset now, Visit current)
    {
        RequireCurrent(clerk, current, TicketStatus.Serving, "finish");
        FinishedAt = now;
        EndVisit(current, VisitOutcome.Finished, TicketStatus.Finished, now);
    }

    /// <summary>The visit at the window ends with <paramref name="outcome"/>; the ticket moves to <paramref name="next"/>.</summary>
    private void EndVisit(Visit current, VisitOutcome outcome, TicketStatus next, DateTimeOffset now)
    {
        current.End(outcome, now);
        Status = next;
        CurrentVisitId = null;
        Version++;
        Changed(isCall: false);
    }
}
