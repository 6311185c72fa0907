using System.Globalization;
using ClerkStation.Domain.Calendar;

namespace ClerkStation.Infrastructure.Cli;

/// <summary>
/// `dotnet run --project ClerkStation -- calendar 2027`: prints a year as the app uses it — provenance
/// (<c>official</c>, <c>file</c> or <c>provisional</c>), source, days off with names, make-up workdays and the number
/// of working days. <see cref="Run"/> takes the calendar, so whichever source the app uses (shipped files, later
/// with the database's official years) is what it prints.
/// </summary>
public static class CalendarCommand
{
    /// <summary>The calendar of the shipped files (seed-data/calendar), every other year provisional.</summary>
    public static WorkingDayCalendar ShippedCalendar() =>
        WorkingDayCalendar.LoadFromDirectory(Path.Combine(CommandLinePaths.SeedData(), "calendar"));

    /// <summary>The provenance word the command prints.</summary>
    public static string Word(YearProvenance provenance) => provenance switch
    {
        YearProvenance.Official => "official",
        YearProvenance.File => "file",
        _ => "provisional",
    };

    /// <summary>Prints <paramref name="yearArgument"/> of <paramref name="calendar"/>; 0 when printed, 1 for a year it cannot print.</summary>
    public static int Run(string? yearArgument, WorkingDayCalendar calendar, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!int.TryParse(yearArgument, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || !calendar.Covers(number))
        {
            output.WriteLine($"usage: calendar YEAR (a year from {CalendarYear.MinYear} to {CalendarYear.MaxYear})");
            return 1;
        }

        var year = calendar.YearOf(number);
        output.WriteLine($"{number} {Word(year.Provenance)}");
        output.WriteLine($"source: {year.Source}" + (year.NoticeDate is { } notice ? $" ({Date(notice)})" : ""));
        Days("days off", year.Holidays, output);
        Days("make-up workdays", year.Workdays, output);
        var first = new DateOnly(number, 1, 1);
        var workingDays = calendar.WorkingDaysBetween(first, new DateOnly(number, 12, 31)) + (calendar.IsWorkingDay(first) ? 1 : 0);
        output.WriteLine($"working days: {workingDays}");
        if (year.Provenance == YearProvenance.Provisional)
        {
            output.WriteLine("provisional: statutory rest days and weekends only, no make-up workdays; enter the State Council's notice when it is out");
        }
        return 0;
    }

    private static void Days(string title, IReadOnlyList<CalendarDay> days, TextWriter output)
    {
        output.WriteLine($"{title} ({days.Count}):");
        foreach (var day in days)
        {
            output.WriteLine($"  {Date(day.Date)} {day.Date.DayOfWeek.ToString()[..3]} {day.Name.Zh} · {day.Name.En}");
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
