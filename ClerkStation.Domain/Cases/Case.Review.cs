using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Staff;

namespace ClerkStation.Domain.Cases;

// The back office's steps: claim, release, decide, ask for supplements (and the counter recording them), suspend, resume, return.
public sealed partial class Case
{
    /// <summary>A reviewer of the case's department takes it from the queue. Claiming one's own case again changes nothing.</summary>
    public void Claim(Actor reviewer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        if (Status == CaseStatus.InReview && ClaimedById == reviewer.UserId && reviewer.IsIn(StaffRole.Reviewer) && reviewer.Serves(DepartmentCode))
        {
            return; // double click or second tab: already yours
        }
        Require(CaseAction.Claim, reviewer);

        var from = Status;
        SetClaim(reviewer.UserId, reviewer.DisplayName);
        Status = CaseStatus.InReview;
        Changed(reviewer, now, CaseEventType.Claimed, from);
    }

    /// <summary>Puts a claimed case back into the department queue.</summary>
    public void Release(Actor reviewer, DateTimeOffset now)
    {
        Require(CaseAction.Release, reviewer);
        var from = Status;
        SetClaim(null, null);
        Status = CaseStatus.Routed;
        Changed(reviewer, now, CaseEventType.Released, from);
    }

    public void Approve(Actor reviewer, DateTimeOffset now, string? note = null)
    {
        Require(CaseAction.Approve, reviewer);
        Decide(reviewer, now, CaseOutcome.Approved, CaseEventType.Approved, reason: null, Trimmed(note));
    }

    /// <summary>不予许可: the reason is printed on the decision, so it is required.</summary>
    public void Deny(Actor reviewer, DateTimeOffset now, string reason)
    {
        Require(CaseAction.Deny, reviewer);
        var why = RequireReason(reason);
        Decide(reviewer, now, CaseOutcome.Denied, CaseEventType.Denied, why, why);
    }

    /// <summary>补正: the applicant must bring more; the clock stops until the counter records the resubmission.</summary>
    public void RequestSupplement(Actor reviewer, DateTimeOffset now, DateOnly today, IReadOnlyList<string> needed)
    {
        ArgumentNullException.ThrowIfNull(needed);
        Require(CaseAction.RequestSupplement, reviewer);
        var items = needed.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).ToList();
        if (items.Count == 0)
        {
            throw new DomainRuleException(CaseRuleCodes.SupplementItemsRequired, "List what the applicant has to supplement.");
        }

        var from = Status;
        _supplementItems.Clear();
        _supplementItems.AddRange(items);
        PausedSince = today;
        Status = CaseStatus.SupplementRequested;
        Changed(reviewer, now, CaseEventType.SupplementRequested, from, detail: string.Join("；", items));
    }

    /// <summary>
    /// The counter records the applicant's resubmission: the clock resumes (paused working days are added to the due
    /// dates) and the case goes back to the reviewer holding it, or to the department queue.
    /// </summary>
    public void RecordSupplement(Actor clerk, DateTimeOffset now, DateOnly today, WorkingDayCalendar calendar, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Require(CaseAction.RecordSupplement, clerk);

        var from = Status;
        var paused = ResumeClock(today, calendar);
        _supplementItems.Clear();
        Status = ClaimedById is null ? CaseStatus.Routed : CaseStatus.InReview;
        Changed(clerk, now, CaseEventType.SupplementReceived, from, Trimmed(note), paused.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Special procedure (hearing, inspection, 公示 …) outside the time limit: the clock stops.</summary>
    public void Suspend(Actor reviewer, DateTimeOffset now, DateOnly today, string reason)
    {
        Require(CaseAction.Suspend, reviewer);
        var why = RequireReason(reason);
        var from = Status;
        PausedSince = today;
        Status = CaseStatus.Suspended;
        Changed(reviewer, now, CaseEventType.Suspended, from, why);
    }

    /// <summary>Ends a special procedure. A suspended case left unclaimed by a reassignment is claimed by whoever resumes it.</summary>
    public void Resume(Actor reviewer, DateTimeOffset now, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Require(CaseAction.Resume, reviewer);

        var from = Status;
        var paused = ResumeClock(today, calendar);
        SetClaim(reviewer.UserId, reviewer.DisplayName);
        Status = CaseStatus.InReview;
        Changed(reviewer, now, CaseEventType.Resumed, from, detail: paused.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The front desk routed the case to the wrong department: hand it, unclaimed, to the right one. The clock keeps running.</summary>
    public void ReturnMisrouted(Actor reviewer, DateTimeOffset now, string toDepartment, string reason)
    {
        Require(CaseAction.ReturnMisrouted, reviewer);
        var why = RequireReason(reason);
        if (string.IsNullOrWhiteSpace(toDepartment) || toDepartment.Trim() == DepartmentCode)
        {
            throw new DomainRuleException(CaseRuleCodes.TargetRequired, "Name the department the case belongs to.");
        }

        var from = Status;
        var fromDepartment = DepartmentCode;
        DepartmentCode = toDepartment.Trim();
        SetClaim(null, null);
        Status = CaseStatus.Routed;
        Changed(reviewer, now, CaseEventType.ReturnedMisrouted, from, why, $"{fromDepartment} → {DepartmentCode}", fromDepartment);
    }
}
