using System.Collections.Frozen;
using ClerkStation.Domain.Calendar;

namespace ClerkStation.Benchmarks;

/// <summary>
/// The baseline: <c>WorkingDayCalendar</c>'s arithmetic before issue 9 (commit 2a0f70c), kept verbatim in spirit —
/// frozen sets of days off and make-up workdays, and a day-by-day walk for every query.
/// </summary>
public sealed class DayByDayCalendar
{
    private readonly FrozenSet<DateOnly> _holidays;
    private readonly FrozenSet<DateOnly> _workdays;
    private readonly FrozenSet<int> _years;

    /// <summary>A calendar of exactly these years (the benchmark passes the same years the new calendar uses).</summary>
    public DayByDayCalendar(IEnumerable<CalendarYear> years)
    {
        var list = years.ToList();
        _years = list.Select(y => y.Year).ToFrozenSet();
        _holidays = list.SelectMany(y => y.Holidays).Select(d => d.Date).ToFrozenSet();
        _workdays = list.SelectMany(y => y.Workdays).Select(d => d.Date).ToFrozenSet();
    }

    /// <summary>Monday–Friday not off, or a make-up workday.</summary>
    public bool IsWorkingDay(DateOnly date)
    {
        EnsureCovered(date);
        if (_workdays.Contains(date))
        {
            return true;
        }
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);
    }

    /// <summary>The n-th working day strictly after <paramref name="start"/>, one day at a time.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        EnsureCovered(start);
        var date = start;
        var remaining = workingDays;
        while (remaining > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }
        return date;
    }

    /// <summary>Working days in (from, to], one day at a time.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }
        EnsureCovered(from);
        EnsureCovered(to);
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }
        return count;
    }

    private void EnsureCovered(DateOnly date)
    {
        if (!_years.Contains(date.Year))
        {
            throw new CalendarYearMissingException(date.Year);
        }
    }
}
