using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Staff;

namespace ClerkStation.Domain.Cases;

/// <summary>The promised and statutory due dates of a case before and after a calendar change.</summary>
public sealed record DeadlineShift(DateOnly? OldDue, DateOnly? NewDue, DateOnly? OldStatutory, DateOnly? NewStatutory)
{
    public bool Changed => OldDue != NewDue || OldStatutory != NewStatutory;

    /// <summary>The promised due date comes earlier (the applicant's date the clerk gave moves forward).</summary>
    public bool Earlier => NewDue < OldDue;

    /// <summary>Timeline detail, as data the screen puts into words: <c>old→new</c> for the promised date, then the statutory one.</summary>
    public string Detail => $"{Format(OldDue)}→{Format(NewDue)};{Format(OldStatutory)}→{Format(NewStatutory)}";

    private static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}

public sealed partial class Case
{
    /// <summary>
    /// Working days from <paramref name="today"/> to the due date (negative once overdue); null without a running deadline.
    /// A paused case counts from its pause date: the clock is frozen.
    /// </summary>
    public int? RemainingWorkingDays(DateOnly today, WorkingDayCalendar calendar) =>
        Deadline.RemainingWorkingDays(today, calendar);

    /// <summary>What the deadline figures read: lists that load only these columns compute the same light as the case.</summary>
    public DeadlineState Deadline => new(Status, DueDate, StatutoryDueDate, PausedSince);

    /// <summary>Traffic light: Severe past the statutory due date, Red past the promised one, Yellow inside the warning window.</summary>
    public DeadlineLight LightOn(DateOnly today, WorkingDayCalendar calendar, DeadlinePolicy policy) =>
        Deadline.LightOn(today, calendar, policy);

    private void ComputeDueDates(WorkingDayCalendar calendar)
    {
        DueDate = calendar.AddWorkingDays(AcceptedOn, PromisedDays + PausedWorkingDays);
        StatutoryDueDate = StatutoryDays is { } statutory ? calendar.AddWorkingDays(AcceptedOn, statutory + PausedWorkingDays) : null;
    }

    // Working days in (pausedSince, today] did not count: add them and push both due dates out.
    private int ResumeClock(DateOnly today, WorkingDayCalendar calendar)
    {
        var paused = PausedSince is { } since ? Math.Max(0, calendar.WorkingDaysBetween(since, today)) : 0;
        PausedWorkingDays += paused;
        PausedSince = null;
        if (DueDate is not null)
        {
            ComputeDueDates(calendar);
        }
        return paused;
    }

    /// <summary>
    /// The due dates this open case would have under <paramref name="calendar"/>, where <paramref name="previous"/> is the
    /// calendar the current dates were computed with: pauses (补正, special procedures) keep their dates, but their
    /// working-day length is counted again in the new calendar. Changes nothing. <paramref name="dayAtCenter"/> gives the
    /// center's day of a recorded time: the timeline's times may come back from the database in another offset (UTC).
    /// </summary>
    public DeadlineShift DeadlinesUnder(WorkingDayCalendar previous, WorkingDayCalendar calendar, Func<DateTimeOffset, DateOnly> dayAtCenter)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(calendar);
        if (!IsOpen || DueDate is null)
        {
            return new DeadlineShift(DueDate, DueDate, StatutoryDueDate, StatutoryDueDate);
        }

        var paused = PausedWorkingDays + PauseDelta(previous, calendar, dayAtCenter);
        var due = calendar.AddWorkingDays(AcceptedOn, PromisedDays + paused);
        DateOnly? statutory = StatutoryDays is { } days ? calendar.AddWorkingDays(AcceptedOn, days + paused) : null;
        return new DeadlineShift(DueDate, due, StatutoryDueDate, statutory);
    }

    /// <summary>
    /// An official calendar year was saved: counts the due dates again. Records a <see cref="CaseEventType.DeadlinesRecomputed"/>
    /// event (old → new, why) only when a date changes; closed cases are never touched.
    /// </summary>
    /// <returns>the shift, or null when nothing changed</returns>
    public DeadlineShift? RecomputeDeadlines(
        WorkingDayCalendar previous, WorkingDayCalendar calendar, Actor admin, DateTimeOffset now, string reason, Func<DateTimeOffset, DateOnly> dayAtCenter)
    {
        RequireRole(admin, StaffRole.Admin);
        var shift = DeadlinesUnder(previous, calendar, dayAtCenter);
        if (!shift.Changed)
        {
            return null;
        }

        PausedWorkingDays += PauseDelta(previous, calendar, dayAtCenter);
        DueDate = shift.NewDue;
        StatutoryDueDate = shift.NewStatutory;
        Changed(admin, now, CaseEventType.DeadlinesRecomputed, Status, RequireReason(reason), shift.Detail);
        return shift;
    }

    // Each finished pause (from its request or suspension to its resumption) counted again; only the difference matters,
    // so recomputing twice with the same calendar changes nothing.
    private int PauseDelta(WorkingDayCalendar previous, WorkingDayCalendar calendar, Func<DateTimeOffset, DateOnly> dayAtCenter)
    {
        var delta = 0;
        DateOnly? since = null;
        foreach (var e in _events.OrderBy(e => e.At))
        {
            if (e.Type is CaseEventType.SupplementRequested or CaseEventType.Suspended)
            {
                since = dayAtCenter(e.At);
            }
            else if (e.Type is CaseEventType.SupplementReceived or CaseEventType.Resumed && since is { } from)
            {
                var to = dayAtCenter(e.At);
                delta += Math.Max(0, calendar.WorkingDaysBetween(from, to)) - Math.Max(0, previous.WorkingDaysBetween(from, to));
                since = null;
            }
        }
        return delta;
    }
}
