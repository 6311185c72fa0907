using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Catalog;

namespace ClerkStation.Features.Calendar;

/// <summary>One holiday as the State Council's notice gives it: a name and a range of days off (weekends inside included).</summary>
public sealed record HolidayRange(string NameZh, string NameEn, DateOnly? From, DateOnly? To);

/// <summary>One make-up workday (调休上班): a Saturday or Sunday worked, named after its holiday.</summary>
public sealed record MakeupWorkday(DateOnly? Date, string NameZh, string NameEn);

/// <summary>
/// A year's official arrangement in the shape of the notice (ranges, not single days): what the administrator edits,
/// previews and saves. <see cref="ToCalendarYear"/> gives the day-by-day year the calendar counts with.
/// </summary>
public sealed record CalendarArrangement(
    int Year, string NoticeTitle, DateOnly? NoticeDate, IReadOnlyList<HolidayRange> Holidays, IReadOnlyList<MakeupWorkday> Workdays)
{
    public CalendarYear ToCalendarYear() => new(
        Year,
        NoticeTitle.Trim(),
        Holidays.Where(h => h.From is not null && h.To is not null && h.From <= h.To)
            .SelectMany(h => Days(h.From!.Value, h.To!.Value).Select(d => new CalendarDay(d, Name(h.NameZh, h.NameEn))))
            .OrderBy(d => d.Date).ToList(),
        Workdays.Where(w => w.Date is not null).Select(w => new CalendarDay(w.Date!.Value, Name(w.NameZh, w.NameEn))).OrderBy(d => d.Date).ToList(),
        YearProvenance.Official,
        NoticeDate);

    /// <summary>The notice's shape of a day-by-day year: consecutive days off with the same name become one range.</summary>
    public static CalendarArrangement From(CalendarYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var ranges = new List<HolidayRange>();
        foreach (var day in year.Holidays.OrderBy(d => d.Date))
        {
            if (ranges.Count > 0 && ranges[^1] is { } last && last.To?.AddDays(1) == day.Date && last.NameZh == day.Name.Zh)
            {
                ranges[^1] = last with { To = day.Date };
            }
            else
            {
                ranges.Add(new HolidayRange(day.Name.Zh, day.Name.En, day.Date, day.Date));
            }
        }

        var workdays = year.Workdays.OrderBy(d => d.Date).Select(d => new MakeupWorkday(d.Date, d.Name.Zh, d.Name.En)).ToList();
        var title = year.Provenance == YearProvenance.Provisional ? string.Empty : year.Source;
        return new CalendarArrangement(year.Year, title, year.NoticeDate, ranges, workdays);
    }

    /// <summary>
    /// Every problem, each pointing at the row it belongs to (<c>holidays[i]</c>, <c>workdays[i]</c>) or at the notice:
    /// the form's own checks first, then the rules of <see cref="CalendarYearValidator"/>.
    /// </summary>
    public IReadOnlyList<ValidationProblem> Validate()
    {
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(NoticeTitle))
        {
            problems.Add(new ValidationProblem("noticeTitle", "required"));
        }
        if (NoticeDate is null)
        {
            problems.Add(new ValidationProblem("noticeDate", "required"));
        }

        for (var i = 0; i < Holidays.Count; i++)
        {
            var h = Holidays[i];
            if (string.IsNullOrWhiteSpace(h.NameZh) || string.IsNullOrWhiteSpace(h.NameEn))
            {
                problems.Add(new ValidationProblem($"holidays[{i}]", "calendar.nameRequired", Args(i, null, null)));
            }
            if (h.From is null || h.To is null || h.From > h.To)
            {
                problems.Add(new ValidationProblem($"holidays[{i}]", "calendar.rangeInvalid", Args(i, h.From, h.NameZh)));
            }
        }
        for (var i = 0; i < Workdays.Count; i++)
        {
            var w = Workdays[i];
            if (w.Date is null || string.IsNullOrWhiteSpace(w.NameZh) || string.IsNullOrWhiteSpace(w.NameEn))
            {
                problems.Add(new ValidationProblem($"workdays[{i}]", "calendar.workdayIncomplete", Args(i, w.Date, w.NameZh)));
            }
        }

        var seen = new HashSet<(string, DateOnly?)>();
        foreach (var problem in CalendarYearValidator.Validate(ToCalendarYear()))
        {
            // A range of N days listed twice would report N duplicates: one message per row and code is enough.
            var path = PathOf(problem);
            if (seen.Add((path + problem.Code, problem.Code == CalendarProblemCodes.DuplicateDate ? null : problem.Date)))
            {
                problems.Add(new ValidationProblem(path, problem.Code, Args(RowOf(path), problem.Date, problem.Name)));
            }
        }
        return problems;
    }

    private string PathOf(CalendarProblem problem)
    {
        if (problem.Date is not { } date)
        {
            return "year";
        }

        // A date listed twice belongs to the later row (the one to delete); every other problem to the first.
        var last = problem.Code == CalendarProblemCodes.DuplicateDate;
        var workdays = Workdays.ToList();
        var holidays = Holidays.ToList();
        var workday = last ? workdays.FindLastIndex(w => w.Date == date) : workdays.FindIndex(w => w.Date == date);
        var holiday = last ? holidays.FindLastIndex(h => h.From <= date && date <= h.To) : holidays.FindIndex(h => h.From <= date && date <= h.To);
        return problem.Code switch
        {
            CalendarProblemCodes.WorkdayNotWeekend or CalendarProblemCodes.DateBothOffAndWorked or CalendarProblemCodes.StatutoryDayWorked
                when workday >= 0 => $"workdays[{workday}]",
            _ when holiday >= 0 => $"holidays[{holiday}]",
            _ when workday >= 0 => $"workdays[{workday}]",
            _ => "holidays",
        };
    }

    private static int? RowOf(string path) =>
        path.IndexOf('[') is var open and > 0 ? int.Parse(path[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture) : null;

    private static Dictionary<string, string> Args(int? row, DateOnly? date, string? name) => new()
    {
        ["row"] = row is { } r ? (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "—",
        ["date"] = date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—",
        ["name"] = string.IsNullOrWhiteSpace(name) ? "—" : name,
    };

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            yield return d;
        }
    }

    private static LocalizedText Name(string zh, string en) => new(zh.Trim(), en.Trim());
}
