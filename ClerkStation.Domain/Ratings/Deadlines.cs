using ClerkStation.Domain.Calendar;

namespace ClerkStation.Domain.Ratings;

/// <summary>
/// Follow-up deadlines must never stop a rating from being recorded: past the end of the loaded calendar (say a bad
/// rating on 28 December before next year's holidays are published) weekdays count as working days.
/// </summary>
public static class Deadlines
{
    public static DateOnly AddWorkingDays(WorkingDayCalendar calendar, DateOnly start, int workingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        var remaining = workingDays;
        while (remaining > 0)
        {
            date = date.AddDays(1);
            var working = calendar.Covers(date.Year)
                ? calendar.IsWorkingDay(date)
                : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            if (working)
            {
                remaining--;
            }
        }
        return date;
    }
}
