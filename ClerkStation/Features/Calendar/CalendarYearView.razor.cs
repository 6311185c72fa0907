using System.Globalization;
using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Catalog;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Calendar;

public partial class CalendarYearView
{
    private Dictionary<DateOnly, CalendarDay> _off = [];
    private Dictionary<DateOnly, CalendarDay> _makeup = [];

    public enum DayKind
    {
        Working,
        Weekend,
        Off,
        Makeup,
    }

    [Parameter, EditorRequired] public CalendarYear Year { get; set; } = default!;

    /// <summary>Monday first, as Chinese calendars print it: (short, full) names in the reader's language.</summary>
    private static IEnumerable<(string Short, string Long)> WeekDays
    {
        get
        {
            var format = CultureInfo.CurrentUICulture.DateTimeFormat;
            return Enumerable.Range(1, 7).Select(i => i % 7).Select(i => (format.ShortestDayNames[i], format.DayNames[i]));
        }
    }

    /// <summary>The year in the notice's shape, for the list of named days above the months.</summary>
    private CalendarArrangement Named { get; set; } = default!;

    protected override void OnParametersSet()
    {
        Named = CalendarArrangement.From(Year);
        _off = Year.Holidays.GroupBy(d => d.Date).ToDictionary(g => g.Key, g => g.First());
        _makeup = Year.Workdays.GroupBy(d => d.Date).ToDictionary(g => g.Key, g => g.First());
    }

    private (DayKind Kind, string? Name) KindOf(DateOnly date)
    {
        if (_makeup.TryGetValue(date, out var work))
        {
            return (DayKind.Makeup, work.Name.Current);
        }
        if (_off.TryGetValue(date, out var off))
        {
            return (DayKind.Off, off.Name.Current);
        }
        return (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.Weekend : DayKind.Working, null);
    }

    private static string CssOf(DayKind kind) => kind switch
    {
        DayKind.Off => "cs-day cs-day-off",
        DayKind.Makeup => "cs-day cs-day-makeup",
        DayKind.Weekend => "cs-day cs-day-weekend",
        _ => "cs-day",
    };

    private string Describe(DateOnly date, DayKind kind, string? name)
    {
        var day = date.ToString("D", CultureInfo.CurrentUICulture);
        return kind switch
        {
            DayKind.Off => L["Calendar.DescribeOff", day, name ?? string.Empty],
            DayKind.Makeup => L["Calendar.DescribeMakeup", day, name ?? string.Empty],
            DayKind.Weekend => L["Calendar.DescribeWeekend", day],
            _ => L["Calendar.DescribeWorking", day],
        };
    }

    private static string Name(string zh, string en) => new LocalizedText(zh, en).Current;

    private static string Span(DateOnly? from, DateOnly? to)
    {
        var format = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? "M月d日" : "MMM d";
        var first = from?.ToString(format, CultureInfo.CurrentUICulture) ?? string.Empty;
        return from == to ? first : $"{first}–{to?.ToString(format, CultureInfo.CurrentUICulture)}";
    }

    private string MonthName(int month) => new DateTime(Year.Year, month, 1).ToString("MMMM", CultureInfo.CurrentUICulture);
}
