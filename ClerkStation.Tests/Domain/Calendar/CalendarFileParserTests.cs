using ClerkStation.Domain.Calendar;

namespace ClerkStation.Tests.Domain.Calendar;

public class CalendarFileParserTests
{
    private const string Valid = """
        {
          "year": 2026,
          "source": "国务院办公厅…",
          // comments and trailing commas are tolerated, like the catalog
          "holidays": [
            { "date": "2026-02-16", "name": { "zh": "春节", "en": "Spring Festival" } },
            { "date": "2026-02-15", "name": { "zh": "春节", "en": "Spring Festival" } },
            // every statutory rest day of 2026 must be off; the ones on a weekend (04-05, 05-02, 10-03) need no entry
            { "date": "2026-01-01", "name": { "zh": "元旦", "en": "New Year's Day" } },
            { "date": "2026-02-17", "name": { "zh": "春节", "en": "Spring Festival" } },
            { "date": "2026-02-18", "name": { "zh": "春节", "en": "Spring Festival" } },
            { "date": "2026-02-19", "name": { "zh": "春节", "en": "Spring Festival" } },
            { "date": "2026-05-01", "name": { "zh": "劳动节", "en": "Labour Day" } },
            { "date": "2026-06-19", "name": { "zh": "端午节", "en": "Dragon Boat Festival" } },
            { "date": "2026-09-25", "name": { "zh": "中秋节", "en": "Mid-Autumn Festival" } },
            { "date": "2026-10-01", "name": { "zh": "国庆节", "en": "National Day" } },
            { "date": "2026-10-02", "name": { "zh": "国庆节", "en": "National Day" } },
          ],
          "workdays": [ { "date": "2026-02-14", "name": { "zh": "春节调休上班", "en": "Spring Festival make-up workday" } } ]
        }
        """;

    [Fact]
    public void Parses_a_valid_file_with_days_sorted()
    {
        var year = CalendarFileParser.Parse(Valid, "2026.json");
        Assert.Equal(2026, year.Year);
        Assert.Equal("国务院办公厅…", year.Source);
        Assert.Equal(new DateOnly(2026, 1, 1), year.Holidays[0].Date);
        Assert.Equal([new DateOnly(2026, 2, 15), new DateOnly(2026, 2, 16), new DateOnly(2026, 2, 17)], year.Holidays.Skip(1).Take(3).Select(h => h.Date));
        Assert.Equal("Spring Festival make-up workday", Assert.Single(year.Workdays).Name.En);
    }

    [Theory]
    [InlineData("""{ "year": 2026, "source": "s", "holidays": [ { "date": "2025-12-31", "name": { "zh": "a", "en": "b" } } ], "workdays": [] }""", "$.holidays[0].date")]
    [InlineData("""{ "year": 2026, "source": "s", "holidays": [ { "date": "2026-13-01", "name": { "zh": "a", "en": "b" } } ], "workdays": [] }""", "$.holidays[0].date")]
    [InlineData("""{ "year": 2026, "source": "s", "holidays": [ { "date": "2026-01-01", "name": { "zh": "", "en": "b" } } ], "workdays": [] }""", "$.holidays[0].name.zh")]
    [InlineData("""{ "year": 2026, "source": "s", "holidays": [ { "date": "2026-01-01" } ], "workdays": [] }""", "$.holidays[0].name")]
    [InlineData("""{ "year": 2026, "source": "s", "holidays": [], "workdays": [ { "date": "2026-03-02", "name": { "zh": "a", "en": "b" } } ] }""", "$.workdays[0].date")]
    [InlineData("""{ "year": 2026, "source": "s", "holidays": [ { "date": "2026-02-14", "name": { "zh": "a", "en": "b" } } ], "workdays": [ { "date": "2026-02-14", "name": { "zh": "a", "en": "b" } } ] }""", "$.workdays[0].date")]
    [InlineData("""{ "year": 2026, "source": "s", "holidays": [ { "date": "2026-01-01", "name": { "zh": "a", "en": "b" } }, { "date": "2026-01-01", "name": { "zh": "a", "en": "b" } } ], "workdays": [] }""", "$.holidays[1].date")]
    [InlineData("""{ "year": "2026", "source": "s", "holidays": [], "workdays": [] }""", "$.year")]
    [InlineData("""{ "year": 2026, "source": "s", "workdays": [] }""", "$.holidays")]
    [InlineData("""{ "year": 2026, "source": "s", "holidays": [ """, "$")]
    [InlineData("""[]""", "$")]
    [InlineData("""{ "year": 2026, "source": "s", "holidays": [], "workdays": [], "holiday": [] }""", "$.holiday")]
    [InlineData("""{ "year": 2026, "source": "s", "holidays": [ { "date": "2026-01-01", "name": { "zh": "a", "en": "b" }, "nmae": "x" } ], "workdays": [] }""", "$.holidays[0].nmae")]
    [InlineData("""{ "year": 2026, "source": 7, "holidays": [], "workdays": [] }""", "$.source")]
    [InlineData("""{ "year": 2026, "holidays": [], "workdays": [] }""", "$.source")]
    public void Errors_name_the_file_and_json_path(string json, string path)
    {
        var e = Assert.Throws<CalendarFileException>(() => CalendarFileParser.Parse(json, "2026.json"));
        Assert.Contains(e.Errors, x => x.File == "2026.json" && x.Path == path);
        Assert.Contains("2026.json · " + path, e.Message);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_with_its_line()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Valid);
        bytes[Array.IndexOf(bytes, (byte)'s')] = 0xC3; // "source" → a lead byte without its continuation, on line 3

        var e = Assert.Throws<CalendarFileException>(() => CalendarFileParser.Parse(bytes, "2026.json"));

        var error = Assert.Single(e.Errors);
        Assert.Equal(("2026.json", "$"), (error.File, error.Path));
        Assert.Contains("invalid UTF-8", error.Message);
        Assert.Contains("(line 3)", error.Message);
    }

    [Fact]
    public void Every_error_is_reported_not_just_the_first()
    {
        const string json = """{ "year": 2026, "holidays": [ { "date": "2027-01-01", "name": { "zh": "a", "en": "b" } } ], "workdays": [ { "date": "x", "name": {} } ] }""";
        var e = Assert.Throws<CalendarFileException>(() => CalendarFileParser.Parse(json, "2026.json"));
        Assert.Equal(["$.source", "$.holidays[0].date", "$.workdays[0].date", "$.workdays[0].name.zh", "$.workdays[0].name.en"], e.Errors.Select(x => x.Path));
    }

    [Fact]
    public void The_shipped_files_parse()
    {
        foreach (var file in Directory.EnumerateFiles(CalendarTestData.Folder, "*.json"))
        {
            var year = CalendarFileParser.ParseFile(file);
            Assert.Equal(Path.GetFileNameWithoutExtension(file), year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
