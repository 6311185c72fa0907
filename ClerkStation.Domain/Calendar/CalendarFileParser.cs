using System.Globalization;
using System.Text.Json;
using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Calendar;

/// <summary>
/// Reads one calendar file (seed-data/calendar/&lt;year&gt;.json). Reads leniently (comments, trailing commas),
/// validates strictly, and reports every problem with file and JSON path.
/// </summary>
public static class CalendarFileParser
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static CalendarYear ParseFile(string path) =>
        Parse(File.ReadAllText(path), Path.GetFileName(path));

    /// <exception cref="CalendarFileException">the file is not a valid calendar year</exception>
    public static CalendarYear Parse(string json, string fileName)
    {
        var errors = new List<CalendarFileError>();
        void Error(string path, string message) => errors.Add(new CalendarFileError(fileName, path, message));

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            Error("$", $"not valid JSON: {e.Message}");
            throw new CalendarFileException(errors);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Error("$", "expected an object");
                throw new CalendarFileException(errors);
            }

            var year = 0;
            if (!root.TryGetProperty("year", out var yearElement) || yearElement.ValueKind != JsonValueKind.Number || !yearElement.TryGetInt32(out year) || !CalendarYear.IsSupported(year))
            {
                Error("$.year", $"required: a whole number between {CalendarYear.MinYear} and {CalendarYear.MaxYear}");
            }

            var source = string.Empty;
            if (!root.TryGetProperty("source", out var sourceElement) || sourceElement.ValueKind != JsonValueKind.String
                || string.IsNullOrWhiteSpace(sourceElement.GetString()))
            {
                Error("$.source", "required: the notice the dates come from");
            }
            else
            {
                source = sourceElement.GetString()!;
            }

            // Without a valid year, date checks would only repeat the same error.
            int? knownYear = errors.Any(e => e.Path == "$.year") ? null : year;
            var holidays = ReadDays(root, "holidays", knownYear, Error);
            var workdays = ReadDays(root, "workdays", knownYear, Error);

            var holidayDates = holidays.Select(d => d.Date).ToHashSet();
            for (var i = 0; i < workdays.Count; i++)
            {
                var day = workdays[i];
                if (holidayDates.Contains(day.Date))
                {
                    Error($"$.workdays[{i}].date", $"{day.Date:yyyy-MM-dd} is also listed as a holiday");
                }
                if (day.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    Error($"$.workdays[{i}].date", $"{day.Date:yyyy-MM-dd} is a {day.Date.DayOfWeek}: a make-up workday is always a weekend day");
                }
            }

            if (errors.Count > 0)
            {
                throw new CalendarFileException(errors);
            }

            // Well-formed: now the rules of the arrangement itself (every statutory rest day off, …).
            var parsed = new CalendarYear(year, source, holidays, workdays);
            foreach (var problem in CalendarYearValidator.Validate(parsed))
            {
                Error(PathOf(problem, workdays), problem.Message);
            }
            if (errors.Count > 0)
            {
                throw new CalendarFileException(errors);
            }
            return parsed;
        }
    }

    // After the structural checks only the statutory check can fail: a statutory day listed as a workday, or missing.
    private static string PathOf(CalendarProblem problem, List<CalendarDay> workdays) =>
        workdays.Exists(d => d.Date == problem.Date) ? "$.workdays" : "$.holidays";

    private static List<CalendarDay> ReadDays(JsonElement root, string property, int? year, Action<string, string> error)
    {
        var days = new List<CalendarDay>();
        if (!root.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            error($"$.{property}", "required: an array (may be empty)");
            return days;
        }

        var seen = new HashSet<DateOnly>();
        var index = 0;
        foreach (var entry in array.EnumerateArray())
        {
            var path = $"$.{property}[{index++}]";
            if (entry.ValueKind != JsonValueKind.Object)
            {
                error(path, "expected an object with date and name");
                continue;
            }

            DateOnly? date = null;
            if (!entry.TryGetProperty("date", out var dateElement) || dateElement.ValueKind != JsonValueKind.String
                || !DateOnly.TryParseExact(dateElement.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                error($"{path}.date", "required: a date as yyyy-MM-dd");
            }
            else if (year is { } y && parsed.Year != y)
            {
                error($"{path}.date", $"{parsed:yyyy-MM-dd} is outside the file's year {y}");
            }
            else if (!seen.Add(parsed))
            {
                error($"{path}.date", $"{parsed:yyyy-MM-dd} is listed twice");
            }
            else
            {
                date = parsed;
            }

            var name = ReadName(entry, $"{path}.name", error);
            if (date is { } d && name is not null)
            {
                days.Add(new CalendarDay(d, name));
            }
        }
        days.Sort((a, b) => a.Date.CompareTo(b.Date));
        return days;
    }

    private static LocalizedText? ReadName(JsonElement entry, string path, Action<string, string> error)
    {
        if (!entry.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.Object)
        {
            error(path, "required: { \"zh\": …, \"en\": … }");
            return null;
        }

        string? Text(string language)
        {
            if (name.TryGetProperty(language, out var text) && text.ValueKind == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(text.GetString()))
            {
                return text.GetString();
            }
            error($"{path}.{language}", "required: non-empty text");
            return null;
        }

        var zh = Text("zh");
        var en = Text("en");
        return zh is null || en is null ? null : new LocalizedText(zh, en);
    }
}
