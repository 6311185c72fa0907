using System.Globalization;

namespace ClerkStation.Tests.Domain.Calendar;

/// <summary>
/// 除夕, 端午, 中秋 and 清明 for 2000–2050, the dates of the Hong Kong Observatory's "Gregorian–Lunar Calendar
/// Conversion Table" (https://www.hko.gov.hk/en/gts/time/conversion.htm; Hong Kong time = Beijing time, UTC+8).
/// How the rows were checked: every 除夕 is the day before the published 春节 (Lunar New Year) date; 端午 and 中秋
/// 2000–2030 against the published festival dates (e.g. the State Council holiday notices); 清明 against HKO's
/// solar-term dates for all of 1901–2100 (also asserted in <see cref="SolarTermsTests"/> for this range).
/// 2031–2050 端午 and 中秋 were not checked against a second source.
/// </summary>
public static class PublishedFestivalDates
{
    /// <summary>year → (除夕, 端午, 中秋, 清明).</summary>
    public static IReadOnlyDictionary<int, (DateOnly Eve, DateOnly DragonBoat, DateOnly MidAutumn, DateOnly Qingming)> ByYear { get; } = Parse();

    // year  除夕  端午  中秋  清明 (month-day)
    private const string Table = """
        2000 02-04 06-06 09-12 04-04
        2001 01-23 06-25 10-01 04-05
        2002 02-11 06-15 09-21 04-05
        2003 01-31 06-04 09-11 04-05
        2004 01-21 06-22 09-28 04-04
        2005 02-08 06-11 09-18 04-05
        2006 01-28 05-31 10-06 04-05
        2007 02-17 06-19 09-25 04-05
        2008 02-06 06-08 09-14 04-04
        2009 01-25 05-28 10-03 04-04
        2010 02-13 06-16 09-22 04-05
        2011 02-02 06-06 09-12 04-05
        2012 01-22 06-23 09-30 04-04
        2013 02-09 06-12 09-19 04-04
        2014 01-30 06-02 09-08 04-05
        2015 02-18 06-20 09-27 04-05
        2016 02-07 06-09 09-15 04-04
        2017 01-27 05-30 10-04 04-04
        2018 02-15 06-18 09-24 04-05
        2019 02-04 06-07 09-13 04-05
        2020 01-24 06-25 10-01 04-04
        2021 02-11 06-14 09-21 04-04
        2022 01-31 06-03 09-10 04-05
        2023 01-21 06-22 09-29 04-05
        2024 02-09 06-10 09-17 04-04
        2025 01-28 05-31 10-06 04-04
        2026 02-16 06-19 09-25 04-05
        2027 02-05 06-09 09-15 04-05
        2028 01-25 05-28 10-03 04-04
        2029 02-12 06-16 09-22 04-04
        2030 02-02 06-05 09-12 04-05
        2031 01-22 06-24 10-01 04-05
        2032 02-10 06-12 09-19 04-04
        2033 01-30 06-01 09-08 04-04
        2034 02-18 06-20 09-27 04-05
        2035 02-07 06-10 09-16 04-05
        2036 01-27 05-30 10-04 04-04
        2037 02-14 06-18 09-24 04-04
        2038 02-03 06-07 09-13 04-05
        2039 01-23 05-27 10-02 04-05
        2040 02-11 06-14 09-20 04-04
        2041 01-31 06-03 09-10 04-04
        2042 01-21 06-22 09-28 04-04
        2043 02-09 06-11 09-17 04-05
        2044 01-29 05-31 10-05 04-04
        2045 02-16 06-19 09-25 04-04
        2046 02-05 06-08 09-15 04-04
        2047 01-25 05-29 10-04 04-05
        2048 02-13 06-15 09-22 04-04
        2049 02-01 06-04 09-11 04-04
        2050 01-22 06-23 09-30 04-04
        """;

    private static Dictionary<int, (DateOnly, DateOnly, DateOnly, DateOnly)> Parse()
    {
        var result = new Dictionary<int, (DateOnly, DateOnly, DateOnly, DateOnly)>();
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
            DateOnly Day(string monthDay) => DateOnly.ParseExact($"{year}-{monthDay}", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            result.Add(year, (Day(parts[1]), Day(parts[2]), Day(parts[3]), Day(parts[4])));
        }
        return result;
    }
}
