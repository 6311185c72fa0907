using System.Collections.Frozen;

namespace ClerkStation.Domain.Calendar;

/// <summary>
/// Working days (工作日) per the official holiday arrangements: Monday–Friday except days off, plus make-up
/// workdays. Immutable and thread-safe. Any date in a year without data throws
/// <see cref="CalendarYearMissingException"/>: a deadline computed weekdays-only would be silently wrong.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly FrozenSet<DateOnly> _holidays;
    private readonly FrozenSet<DateOnly> _workdays;
    private readonly FrozenSet<int> _years;

    public WorkingDayCalendar(IEnumerable<CalendarYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var list = years.ToList();
        var duplicate = list.GroupBy(y => y.Year).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Calendar year {duplicate.Key} is given more than once.", nameof(years));
        }

        _years = list.Select(y => y.Year).ToFrozenSet();
        _holidays = list.SelectMany(y => y.Holidays).Select(d => d.Date).ToFrozenSet();
        _workdays = list.SelectMany(y => y.Workdays).Select(d => d.Date).ToFrozenSet();
        CoveredYears = list.Select(y => y.Year).Order().ToArray();
    }

    public IReadOnlyCollection<int> CoveredYears { get; }

    public bool Covers(int year) => _years.Contains(year);

    /// <summary>Reads every *.json file in the folder; all problems across all files are reported together.</summary>
    /// <exception cref="CalendarFileException">a file is invalid or two files give the same year</exception>
    public static WorkingDayCalendar LoadFromDirectory(string folder)
    {
        var years = new List<CalendarYear>();
        var errors = new List<CalendarFileError>();
        var fileOfYear = new Dictionary<int, string>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                var year = CalendarFileParser.ParseFile(path);
                var file = Path.GetFileName(path);
                if (!fileOfYear.TryAdd(year.Year, file))
                {
                    errors.Add(new CalendarFileError(file, "$.year", $"year {year.Year} is already given by {fileOfYear[year.Year]}"));
                    continue;
                }
                years.Add(year);
            }
            catch (CalendarFileException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new CalendarFileException(errors);
        }
        return new WorkingDayCalendar(years);
    }

    public bool IsWorkingDay(DateOnly date)
    {
        EnsureCovered(date);
        if (_workdays.Contains(date))
        {
            return true;
        }
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);
    }

    /// <summary>The <paramref name="workingDays"/>-th working day strictly after <paramref name="start"/>; 0 gives <paramref name="start"/> itself.</summary>
    /// <remarks>A case accepted on day D with a 3-day limit is due on the 3rd working day after D, whatever D is.</remarks>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
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

    /// <summary>
    /// Working days in (<paramref name="from"/>, <paramref name="to"/>]. When <paramref name="to"/> is before
    /// <paramref name="from"/> the result is the negated count of (to, from], so "days left" goes negative once overdue.
    /// </summary>
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
