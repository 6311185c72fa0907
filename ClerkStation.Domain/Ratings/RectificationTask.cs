using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Staff;

namespace ClerkStation.Domain.Ratings;

/// <summary>
/// 差评回访整改: opened by every bad rating, with a callback deadline and a fix deadline in working days. The supervisor
/// records the callback and the fix, reviews appeals, and closes the task. Overdue tasks are flagged.
/// </summary>
public sealed class RectificationTask : AggregateRoot, ICenterOwned
{
    /// <summary>The center the row belongs to (ADR 0018), stamped when it is first saved.</summary>
    public int CenterId { get; private set; }

    private RectificationTask()
    {
    }

    public Guid Id { get; private set; }
    public Guid RatingId { get; private set; }
    public string CaseNumber { get; private set; } = string.Empty;
    public string DepartmentCode { get; private set; } = string.Empty;
    public string ClerkName { get; private set; } = string.Empty;
    public RatingLevel Level { get; private set; }
    public string? Comment { get; private set; }
    public RectificationStatus Status { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }
    public DateOnly OpenedOn { get; private set; }
    public DateOnly CallbackDue { get; private set; }
    public DateOnly FixDue { get; private set; }

    public DateTimeOffset? CalledBackAt { get; private set; }
    public DateOnly? CalledBackOn { get; private set; }
    public string? CallbackNote { get; private set; }

    public string? AppealReason { get; private set; }
    public DateTimeOffset? AppealedAt { get; private set; }
    public string? AppealDecision { get; private set; }
    public DateTimeOffset? AppealDecidedAt { get; private set; }

    public DateTimeOffset? FixedAt { get; private set; }
    public DateOnly? FixedOn { get; private set; }
    public string? Outcome { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedByName { get; private set; }

    public bool IsFinished => Status is RectificationStatus.Closed or RectificationStatus.Dismissed;

    /// <summary>Opens the task for a bad rating; deadlines count working days from the day of the rating.</summary>
    public static RectificationTask Open(ServiceRating rating, DateTimeOffset now, WorkingDayCalendar calendar, RectificationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(rating);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(policy);
        if (rating.Level is not { } level || !level.IsBad())
        {
            throw new DomainRuleException(RatingRuleCodes.NotAllowedInStatus, "Only a bad rating opens a rectification task.");
        }

        var day = DateOnly.FromDateTime(now.DateTime);
        var task = new RectificationTask
        {
            Id = Guid.CreateVersion7(now),
            RatingId = rating.Id,
            CaseNumber = rating.CaseNumber,
            DepartmentCode = rating.DepartmentCode,
            ClerkName = rating.ClerkName,
            Level = level,
            Comment = rating.Comment,
            Status = RectificationStatus.Open,
            OpenedAt = now,
            OpenedOn = day,
            CallbackDue = calendar.AddWorkingDays(day, policy.CallbackWorkingDays),
            FixDue = calendar.AddWorkingDays(day, policy.FixWorkingDays),
        };
        task.Raised();
        return task;
    }

    /// <summary>回访: the applicant was phoned back and the complaint verified.</summary>
    public void RecordCallback(Actor supervisor, DateTimeOffset now, string note)
    {
        RequireSupervisor(supervisor);
        RequireStatus(nameof(RecordCallback), RectificationStatus.Open);
        CallbackNote = RequireText(note);
        CalledBackAt = now;
        CalledBackOn = DateOnly.FromDateTime(now.DateTime);
        Status = RectificationStatus.CalledBack;
        Raised();
    }

    /// <summary>整改反馈: what was fixed and what the applicant was told.</summary>
    public void RecordFix(Actor supervisor, DateTimeOffset now, string outcome)
    {
        RequireSupervisor(supervisor);
        RequireStatus(nameof(RecordFix), RectificationStatus.CalledBack);
        Outcome = RequireText(outcome);
        FixedAt = now;
        FixedOn = DateOnly.FromDateTime(now.DateTime);
        Status = RectificationStatus.Fixed;
        Raised();
    }

    /// <summary>申诉: after the callback, the rating is contested as mistaken or malicious.</summary>
    public void Appeal(Actor supervisor, DateTimeOffset now, string reason)
    {
        RequireSupervisor(supervisor);
        RequireStatus(nameof(Appeal), RectificationStatus.Open, RectificationStatus.CalledBack);
        AppealReason = RequireText(reason);
        AppealedAt = now;
        Status = RectificationStatus.Appealed;
        Raised();
    }

    /// <summary>申诉审核: upheld dismisses the task and excludes the rating; rejected sends it back to be fixed.</summary>
    public void DecideAppeal(Actor supervisor, DateTimeOffset now, bool upheld, string note, ServiceRating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        RequireSupervisor(supervisor);
        RequireStatus(nameof(DecideAppeal), RectificationStatus.Appealed);
        AppealDecision = RequireText(note);
        AppealDecidedAt = now;
        if (upheld)
        {
            rating.Exclude();
            Status = RectificationStatus.Dismissed;
            ClosedAt = now;
            ClosedByName = supervisor.DisplayName;
        }
        else
        {
            Status = CalledBackAt is null ? RectificationStatus.Open : RectificationStatus.CalledBack;
        }
        Raised();
    }

    public void Close(Actor supervisor, DateTimeOffset now)
    {
        RequireSupervisor(supervisor);
        RequireStatus(nameof(Close), RectificationStatus.Fixed);
        ClosedAt = now;
        ClosedByName = supervisor.DisplayName;
        Status = RectificationStatus.Closed;
        Raised();
    }

    /// <summary>超期预警: the callback or the fix is past due and not yet done.</summary>
    public bool IsOverdueOn(DateOnly today) =>
        !IsFinished && ((CalledBackOn is null && today > CallbackDue) || (FixedOn is null && today > FixDue));

    /// <summary>Both steps done by their deadlines (an upheld appeal counts as on time if decided by the fix deadline).</summary>
    public bool WasOnTime =>
        Status switch
        {
            RectificationStatus.Closed or RectificationStatus.Fixed => CalledBackOn <= CallbackDue && FixedOn <= FixDue,
            RectificationStatus.Dismissed => AppealDecidedAt is { } at && DateOnly.FromDateTime(at.DateTime) <= FixDue,
            _ => false,
        };

    /// <summary>
    /// An official calendar year was saved: the steps not yet done keep their length in working days (counted in
    /// <paramref name="previous"/>) and get their deadline from <paramref name="calendar"/>. True when a deadline moved.
    /// </summary>
    public bool RecomputeDeadlines(WorkingDayCalendar previous, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(calendar);
        if (IsFinished)
        {
            return false;
        }

        var callback = CalledBackOn is null ? Moved(CallbackDue) : CallbackDue;
        var fix = FixedOn is null ? Moved(FixDue) : FixDue;
        var changed = callback != CallbackDue || fix != FixDue;
        CallbackDue = callback;
        FixDue = fix;
        return changed;

        DateOnly Moved(DateOnly due) => calendar.AddWorkingDays(OpenedOn, Math.Max(0, previous.WorkingDaysBetween(OpenedOn, due)));
    }

    private static void RequireSupervisor(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsIn(StaffRole.Supervisor))
        {
            throw new DomainRuleException(RatingRuleCodes.RoleNotAllowed, $"{actor.DisplayName} is not a supervisor.");
        }
    }

    private void RequireStatus(string action, params RectificationStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainRuleException(RatingRuleCodes.NotAllowedInStatus, $"{action} is not allowed while the task of {CaseNumber} is {Status}.");
        }
    }

    private static string RequireText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainRuleException(RatingRuleCodes.TextRequired, "Write what was done.") : text.Trim();

    private void Raised() => Raise(new RectificationChanged(Id, CaseNumber, Status));
}
