namespace ClerkStation.Domain.Calendar;

public sealed partial class WorkingDayCalendar
{
    /// <summary>The <paramref name="workingDays"/>-th working day strictly after <paramref name="start"/>; 0 gives <paramref name="start"/> itself.</summary>
    /// <remarks>A case accepted on day D with a 3-day limit is due on the 3rd working day after D, whatever D is.</remarks>
    /// <exception cref="CalendarYearMissingException">the start or the result is outside 1901–2100</exception>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var table = Table(start.Year);
        if (workingDays == 0)
        {
            return start;
        }
        var target = table.Through(start.DayOfYear) + workingDays;
        if (target <= table.Total)
        {
            return DayOf(start.Year, table.DayOfNth(target));
        }

        // Beyond this year: find the year holding the target by the cumulative count per year.
        var starts = YearStarts();
        var index = start.Year - CalendarYear.MinYear;
        var global = (long)starts[index] + target;
        if (global > starts[YearCount])
        {
            throw new CalendarYearMissingException(CalendarYear.MaxYear + 1);
        }
        var found = Array.BinarySearch(starts, index + 1, YearCount - index, (int)global);
        // starts[i] < global <= starts[i + 1]: the year at i holds it.
        var year = (found >= 0 ? found - 1 : ~found - 1) + CalendarYear.MinYear;
        var local = (int)(global - starts[year - CalendarYear.MinYear]);
        return DayOf(year, Table(year).DayOfNth(local));
    }

    /// <summary>
    /// Working days in (<paramref name="from"/>, <paramref name="to"/>]. When <paramref name="to"/> is before
    /// <paramref name="from"/> the result is the negated count of (to, from], so "days left" goes negative once overdue.
    /// </summary>
    /// <exception cref="CalendarYearMissingException">a date is outside 1901–2100</exception>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }
        var first = Table(from.Year);
        var last = Table(to.Year);
        if (from.Year == to.Year)
        {
            return first.Through(to.DayOfYear) - first.Through(from.DayOfYear);
        }
        var starts = YearStarts();
        var between = starts[to.Year - CalendarYear.MinYear] - starts[from.Year - CalendarYear.MinYear + 1];
        return first.Total - first.Through(from.DayOfYear) + between + last.Through(to.DayOfYear);
    }

    private static DateOnly DayOf(int year, int dayOfYear) => new DateOnly(year, 1, 1).AddDays(dayOfYear - 1);

    // starts[i]: working days in all years before MinYear + i; starts[YearCount]: in all years. Built once per calendar.
    private int[] YearStarts()
    {
        var starts = Volatile.Read(ref _yearStarts);
        if (starts is not null)
        {
            return starts;
        }
        var built = new int[YearCount + 1];
        for (var i = 0; i < YearCount; i++)
        {
            built[i + 1] = built[i] + Table(CalendarYear.MinYear + i).Total;
        }
        return Interlocked.CompareExchange(ref _yearStarts, built, null) ?? built;
    }
}
