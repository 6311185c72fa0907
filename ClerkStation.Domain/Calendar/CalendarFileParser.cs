using System.Globalization;
using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Calendar;

/// <summary>
/// Reads one calendar file (seed-data/calendar/&lt;year&gt;.json) with the shared JSON toolkit: as strict UTF-8, leniently
/// as JSON (comments, trailing commas), strictly checked, every problem reported as <c>file · JSON path · message</c>.
/// </summary>
public static class CalendarFileParser
{
    public static CalendarYear ParseFile(string path) =>
        Parse(File.ReadAllBytes(path), Path.GetFileName(path));

    /// <summary>A file as stored: an invalid UTF-8 byte is reported, never read as U+FFFD.</summary>
    /// <exception cref="CalendarFileException">the file is not valid UTF-8 or not a valid calendar year</exception>
    public static CalendarYear Parse(byte[] content, string fileName)
    {
        var log = new ProblemLog { File = fileName };
        return JsonFile.Decode(content, log) is { } json ? Parse(json, fileName) : throw Failure(log);
    }

    /// <exception cref="CalendarFileException">the file is not a valid calendar year</exception>
    public static CalendarYear Parse(string json, string fileName)
    {
        var log = new ProblemLog { File = fileName };
        using var document = JsonFile.Parse(json, log);
        var root = document is null
            ? null
            : JsonObjectReader.Open(document.RootElement, "$", log, "a calendar file", "$schema", "$comment", "year", "source", "noticeDate", "holidays", "workdays");
        if (root is null)
        {
            throw Failure(log);
        }

        var year = root.Int("year", required: true);
        if (year is { } y && !CalendarYear.IsSupported(y))
        {
            log.Add("$.year", $"'year' must be between {CalendarYear.MinYear} and {CalendarYear.MaxYear}, not {y}");
        }

        var source = root.String("source", required: true) ?? string.Empty;
        root.String("noticeDate", required: false);

        // Without a valid year, date checks would only repeat the same error.
        var knownYear = log.Problems.Any(e => e.JsonPath == "$.year") ? null : year;
        var holidays = ReadDays(root, "holidays", knownYear, log);
        var workdays = ReadDays(root, "workdays", knownYear, log);

        var holidayDates = holidays.Select(d => d.Day.Date).ToHashSet();
        foreach (var (day, path) in workdays)
        {
            if (holidayDates.Contains(day.Date))
            {
                log.Add($"{path}.date", $"{day.Date:yyyy-MM-dd} is also listed as a holiday");
            }
            if (day.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                log.Add($"{path}.date", $"{day.Date:yyyy-MM-dd} is a {day.Date.DayOfWeek}: a make-up workday is always a weekend day");
            }
        }

        if (log.Count > 0)
        {
            throw Failure(log);
        }

        // Well-formed: now the rules of the arrangement itself (every statutory rest day off, …).
        var parsed = new CalendarYear(year!.Value, source, Sorted(holidays), Sorted(workdays));
        foreach (var problem in CalendarYearValidator.Validate(parsed))
        {
            log.Add(parsed.Workdays.Any(d => d.Date == problem.Date) ? "$.workdays" : "$.holidays", problem.Message);
        }

        return log.Count > 0 ? throw Failure(log) : parsed;
    }

    private static CalendarFileException Failure(ProblemLog log) => new([.. log.Problems.Select(CalendarFileError.From)]);

    private static List<CalendarDay> Sorted(List<(CalendarDay Day, string Path)> days) => [.. days.Select(d => d.Day).OrderBy(d => d.Date)];

    private static List<(CalendarDay Day, string Path)> ReadDays(JsonObjectReader root, string property, int? year, ProblemLog log)
    {
        var days = new List<(CalendarDay, string)>();
        var seen = new HashSet<DateOnly>();
        foreach (var (element, path) in root.Array(property, required: true))
        {
            var entry = JsonObjectReader.Open(element, path, log, "a day", "date", "name");
            if (entry is null)
            {
                continue;
            }

            var text = entry.String("date", required: true);
            var date = text is null ? null : Date(text, $"{path}.date", year, seen, log);
            var name = entry.Text("name", required: true, englishRequired: true);
            if (date is { } d && name is not null)
            {
                days.Add((new CalendarDay(d, name), path));
            }
        }

        return days;
    }

    private static DateOnly? Date(string text, string path, int? year, HashSet<DateOnly> seen, ProblemLog log)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            log.Add(path, $"'date' must be a date as yyyy-MM-dd, not '{text}'");
            return null;
        }

        if (year is { } y && date.Year != y)
        {
            log.Add(path, $"{date:yyyy-MM-dd} is outside the file's year {y}");
            return null;
        }

        if (!seen.Add(date))
        {
            log.Add(path, $"{date:yyyy-MM-dd} is listed twice");
            return null;
        }

        return date;
    }
}
