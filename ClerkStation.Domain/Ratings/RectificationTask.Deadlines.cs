using ClerkStation.Domain.Calendar;

namespace ClerkStation.Domain.Ratings;

/// <summary>A task's deadlines: overdue, on time, and moved when an official calendar year is saved.</summary>
public sealed partial class RectificationTask
{
    /// <summary>超期预警: the callback or the fix is past due and not yet done.</summary>
    public bool IsOverdueOn(DateOnly today) =>
        !IsFinished && ((CalledBackOn is null && today > CallbackDue) || (FixedOn is null && today > FixDue));

    /// <summary>Both steps done by their deadlines (an upheld appeal counts as on time if decided by the fix deadline).</summary>
    public bool WasOnTime =>
        Status switch
        {
            RectificationStatus.Closed or RectificationStatus.Fixed => CalledBackOn <= CallbackDue && FixedOn <= FixDue,
            RectificationStatus.Dismissed => AppealDecidedOn <= FixDue,
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
}
