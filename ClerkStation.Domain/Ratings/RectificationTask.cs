using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Common;

namespace ClerkStation.Domain.Ratings;

/// <summary>
/// 差评回访整改: opened by every bad rating, with a callback deadline and a fix deadline in working days. The supervisor
/// records the callback and the fix, reviews appeals, and closes the task. Overdue tasks are flagged.
/// </summary>
public sealed partial class RectificationTask : AggregateRoot, ICenterOwned
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

    /// <summary>The center's day of the decision: what "decided by the fix deadline" compares.</summary>
    public DateOnly? AppealDecidedOn { get; private set; }

    public DateTimeOffset? FixedAt { get; private set; }
    public DateOnly? FixedOn { get; private set; }
    public string? Outcome { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedByName { get; private set; }

    public bool IsFinished => Status is RectificationStatus.Closed or RectificationStatus.Dismissed;

    /// <summary>Opens the task for a bad rating; deadlines count working days from the day of the rating.</summary>
    public static RectificationTask Open(ServiceRating rating, DateTimeOffset now, DateOnly today, WorkingDayCalendar calendar, RectificationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(rating);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(policy);
        if (rating.Level is not { } level || !level.IsBad())
        {
            throw new DomainRuleException(RatingRuleCodes.NotAllowedInStatus, "Only a bad rating opens a rectification task.");
        }

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
            OpenedOn = today,
            CallbackDue = calendar.AddWorkingDays(today, policy.CallbackWorkingDays),
            FixDue = calendar.AddWorkingDays(today, policy.FixWorkingDays),
        };
        task.Raised();
        return task;
    }

    private void Raised() => Raise(new RectificationChanged(Id, CaseNumber, Status));
}
