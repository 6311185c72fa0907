using ClerkStation.Domain.Calendar;

namespace ClerkStation.Infrastructure.Cli;

/// <summary>
/// `dotnet run --project ClerkStation -- validate-calendar [PATH]`: checks one calendar file or every *.json in a
/// folder (the shipped seed-data/calendar when no path is given). Prints every problem as <c>file · JSON path ·
/// message</c> and exits 1, or prints a summary and exits 0. Runs without a database or a web server.
/// </summary>
public static class ValidateCalendarCommand
{
    /// <param name="path">as typed (relative to the shell's working directory), or null for the shipped folder</param>
    /// <param name="output">where the problems or the summary go</param>
    /// <param name="shellDirectory">the base of a relative <paramref name="path"/>; null for the shell's PWD</param>
    public static int Run(string? path, TextWriter output, string? shellDirectory = null)
    {
        path = path is null ? Path.Combine(CommandLinePaths.SeedData(), "calendar") : CommandLinePaths.Resolve(path, shellDirectory);
        IReadOnlyList<CalendarYear> years;
        try
        {
            if (Directory.Exists(path))
            {
                years = WorkingDayCalendar.ReadDirectory(path);
            }
            else if (File.Exists(path))
            {
                years = [CalendarFileParser.ParseFile(path)];
            }
            else
            {
                output.WriteLine($"calendar file or folder not found: {path}");
                return 1;
            }
        }
        catch (CalendarFileException e)
        {
            foreach (var error in e.Errors)
            {
                output.WriteLine(error.ToString());
            }
            output.WriteLine($"calendar invalid: {e.Errors.Count} problem(s) in {path}");
            return 1;
        }

        var list = string.Join(", ", years.Select(y => y.Year).Order());
        output.WriteLine($"calendar ok: {years.Count} year(s)" + (years.Count > 0 ? $" ({list})" : ""));
        return 0;
    }
}
