namespace ClerkStation.Domain.Calendar;

public sealed partial class WorkingDayCalendar
{
    /// <summary>Reads every *.json file in the folder; all problems across all files are reported together.</summary>
    /// <exception cref="CalendarFileException">a file is invalid or two files give the same year</exception>
    public static WorkingDayCalendar LoadFromDirectory(string folder) => new(ReadDirectory(folder));

    /// <summary>Parses every *.json file in the folder (ordinal order), reporting all problems of all files together.</summary>
    /// <exception cref="CalendarFileException">a file is invalid or two files give the same year</exception>
    public static IReadOnlyList<CalendarYear> ReadDirectory(string folder)
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
        return years;
    }
}
