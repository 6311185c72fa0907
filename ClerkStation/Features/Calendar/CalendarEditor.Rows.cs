using System.Globalization;

namespace ClerkStation.Features.Calendar;

/// <summary>The editor's rows as typed: holidays and make-up workdays, dates kept as yyyy-MM-dd text until saved.</summary>
public partial class CalendarEditor
{
    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private sealed class HolidayRow
    {
        public string? NameZh { get; set; }
        public string? NameEn { get; set; }
        public string? From { get; set; }
        public string? To { get; set; }
    }

    private sealed class WorkdayRow
    {
        public string? Date { get; set; }
        public string? NameZh { get; set; }
        public string? NameEn { get; set; }
    }
}
