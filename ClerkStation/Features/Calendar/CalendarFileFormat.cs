using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClerkStation.Domain.Calendar;

namespace ClerkStation.Features.Calendar;

/// <summary>
/// The seed-data file format (docs/calendar-format.md) in both directions: <see cref="Write"/> for export, and the
/// optional <c>noticeDate</c> the domain's <see cref="CalendarFileParser"/> does not need but an import keeps.
/// </summary>
public static class CalendarFileFormat
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string FileName(int year) => $"{year}.json";

    public static string Write(CalendarYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("year", year.Year);
            json.WriteString("source", year.Source);
            if (year.NoticeDate is { } notice)
            {
                json.WriteString("noticeDate", Format(notice));
            }
            Days(json, "holidays", year.Holidays);
            Days(json, "workdays", year.Workdays);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The file's <c>noticeDate</c> (yyyy-MM-dd) when it has one.</summary>
    public static DateOnly? NoticeDate(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("noticeDate", out var value) && value.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Days(Utf8JsonWriter json, string property, IReadOnlyList<CalendarDay> days)
    {
        json.WriteStartArray(property);
        foreach (var day in days.OrderBy(d => d.Date))
        {
            json.WriteStartObject();
            json.WriteString("date", Format(day.Date));
            json.WriteStartObject("name");
            json.WriteString("zh", day.Name.Zh);
            json.WriteString("en", day.Name.En);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
