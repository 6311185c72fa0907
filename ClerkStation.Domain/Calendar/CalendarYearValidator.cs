namespace ClerkStation.Domain.Calendar;

/// <summary>
/// Checks a year's arrangement against the rules every State Council notice follows: every statutory rest day of the
/// year is a day off; a make-up workday is a Saturday or Sunday; no date is both off and worked, listed twice, or
/// outside the year; the year is within 1901–2100. Used by the file parser, validate-calendar and the admin page.
/// </summary>
public static class CalendarYearValidator
{
    /// <summary>Every problem of <paramref name="year"/>, in a stable order; empty when the arrangement is valid.</summary>
    public static IReadOnlyList<CalendarProblem> Validate(CalendarYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var problems = new List<CalendarProblem>();
        if (!CalendarYear.IsSupported(year.Year))
        {
            problems.Add(new CalendarProblem(CalendarProblemCodes.YearOutOfRange, null, null));
            return problems;
        }

        var off = CheckDates(year.Year, year.Holidays, problems);
        var worked = CheckDates(year.Year, year.Workdays, problems);
        foreach (var day in year.Workdays)
        {
            if (off.Contains(day.Date))
            {
                problems.Add(new CalendarProblem(CalendarProblemCodes.DateBothOffAndWorked, day.Date, day.Name.Zh));
            }
            if (day.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                problems.Add(new CalendarProblem(CalendarProblemCodes.WorkdayNotWeekend, day.Date, day.Name.Zh));
            }
        }

        foreach (var day in StatutoryHolidays.For(year.Year))
        {
            var weekend = day.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var dayOff = !worked.Contains(day.Date) && (weekend || off.Contains(day.Date));
            if (!dayOff)
            {
                problems.Add(new CalendarProblem(CalendarProblemCodes.StatutoryDayWorked, day.Date, day.Name.Zh));
            }
        }
        return problems;
    }

    private static HashSet<DateOnly> CheckDates(int year, IReadOnlyList<CalendarDay> days, List<CalendarProblem> problems)
    {
        var seen = new HashSet<DateOnly>();
        foreach (var day in days)
        {
            if (day.Date.Year != year)
            {
                problems.Add(new CalendarProblem(CalendarProblemCodes.DateOutsideYear, day.Date, day.Name.Zh));
            }
            else if (!seen.Add(day.Date))
            {
                problems.Add(new CalendarProblem(CalendarProblemCodes.DuplicateDate, day.Date, day.Name.Zh));
            }
        }
        return seen;
    }
}
