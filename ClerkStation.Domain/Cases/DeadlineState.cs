using ClerkStation.Domain.Calendar;

namespace ClerkStation.Domain.Cases;

/// <summary>The four facts a case's deadline figures depend on (<see cref="Case.Deadline"/>).</summary>
public readonly record struct DeadlineState(CaseStatus Status, DateOnly? DueDate, DateOnly? StatutoryDueDate, DateOnly? PausedSince)
{
    /// <summary>
    /// Working days from <paramref name="today"/> to the due date (negative once overdue); null without a running deadline.
    /// A paused case counts from its pause date: the clock is frozen.
    /// </summary>
    public int? RemainingWorkingDays(DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!Case.IsOpenStatus(Status) || DueDate is not { } due)
        {
            return null;
        }
        return calendar.WorkingDaysBetween(PausedSince ?? today, due);
    }

    /// <summary>Traffic light: Severe past the statutory due date, Red past the promised one, Yellow inside the warning window.</summary>
    public DeadlineLight LightOn(DateOnly today, WorkingDayCalendar calendar, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(policy);
        if (!Case.IsOpenStatus(Status) || DueDate is not { } due)
        {
            return DeadlineLight.None;
        }
        var asOf = PausedSince ?? today; // a paused case shows the light it had when it stopped
        if (StatutoryDueDate is { } statutory && asOf > statutory)
        {
            return DeadlineLight.Severe;
        }
        if (asOf > due)
        {
            return DeadlineLight.Red;
        }
        return calendar.WorkingDaysBetween(asOf, due) <= policy.WarningWorkingDays ? DeadlineLight.Yellow : DeadlineLight.Green;
    }
}
