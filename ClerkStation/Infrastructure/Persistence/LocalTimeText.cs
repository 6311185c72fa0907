using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ClerkStation.Infrastructure.Persistence;

/// <summary>
/// How a point in time is stored on both providers: the center-local text SQLite writes for a DateTimeOffset
/// ("2026-03-11 15:00:00.1234567+08:00"). Day ranges are text ranges and the first ten characters are the local day
/// (the statistics' SQL relies on both), and the offset the clerk saw comes back unchanged (ADR 0011).
/// </summary>
public static class LocalTimeText
{
    /// <summary>Microsoft.Data.Sqlite's own format for DateTimeOffset, so rows copied between providers compare equal.</summary>
    public const string Format = "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz";

    public static readonly ValueConverter<DateTimeOffset, string> Converter = new(v => ToText(v), s => Parse(s));

    public static string ToText(DateTimeOffset value) => value.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
