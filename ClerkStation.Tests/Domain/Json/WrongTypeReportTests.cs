using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Json;
using ClerkStation.Domain.Training;
using ClerkStation.Tests.Domain.Catalog;
using ClerkStation.Tests.Domain.Training;

namespace ClerkStation.Tests.Domain.Json;

/// <summary>
/// The catalog, training scenarios and calendar files are read by one toolkit: a value of the wrong type is reported
/// the same way by each, as <c>file · code · JSON path · message</c> (no code where the file has none).
/// </summary>
public class WrongTypeReportTests
{
    [Fact]
    public void The_catalog_reports_a_wrong_type_with_file_item_code_and_path()
    {
        var files = CatalogFixture.With("items/mz.json", "\"promisedDays\": 20,", "\"promisedDays\": \"20\",");

        JsonProblem problem = Assert.Single(CatalogLoader.LoadFromFiles(files).Problems);

        Assert.Equal("items/mz.json · MZ-001 · $.items[0].promisedDays · 'promisedDays' must be a whole number, not the string \"20\"", problem.ToString());
    }

    [Fact]
    public void A_training_scenario_reports_a_wrong_type_with_file_scenario_code_and_path()
    {
        var json = ScenarioParserTests.Valid.Replace("\"targetMinutes\": 3", "\"targetMinutes\": \"3\"", StringComparison.Ordinal);

        var problems = ScenarioParser.ParseFile("training/rs.json", json, _ => null).Errors.Select(JsonProblem (e) => e);

        Assert.Contains("training/rs.json · RS-X1 · $.scenarios[0].targetMinutes · 'targetMinutes' must be a whole number, not the string \"3\"",
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_calendar_file_reports_a_wrong_type_with_file_and_path()
    {
        const string json = """{ "year": 2026, "source": "通知", "holidays": { "date": "2026-01-01" }, "workdays": [] }""";

        var error = Assert.Throws<CalendarFileException>(() => CalendarFileParser.Parse(json, "2026.json"));

        JsonProblem problem = Assert.Single(error.Errors);
        Assert.Equal("2026.json · $.holidays · 'holidays' must be an array, not an object", problem.ToString());
    }

    [Fact]
    public void Each_reader_reports_malformed_json_at_the_root_with_its_line()
    {
        var catalog = CatalogLoader.LoadFromFiles(CatalogFixture.With("items/ga.json", "] }", "}")).Problems.Single(p => p.File == "items/ga.json");
        var scenario = Assert.Single(ScenarioParser.ParseFile("training/rs.json", "{ \"scenarios\": [ ", _ => null).Errors);
        var calendar = Assert.Single(Assert.Throws<CalendarFileException>(() => CalendarFileParser.Parse("{ \"year\": ", "2026.json")).Errors);

        Assert.All(new JsonProblem[] { catalog, scenario, calendar }, p =>
        {
            Assert.Equal("$", p.JsonPath);
            Assert.StartsWith("not valid JSON at line ", p.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Unknown_properties_are_reported_alike_with_a_suggestion()
    {
        var catalog = Assert.Single(CatalogLoader.LoadFromFiles(CatalogFixture.With("items/mz.json", "\"keywords\": [\"低保\"]", "\"aplicant\": \"person\", \"keywords\": [\"低保\"]")).Problems);
        var calendar = Assert.Single(Assert.Throws<CalendarFileException>(() => CalendarFileParser.Parse(
            """{ "year": 2026, "source": "通知", "holidays": [], "workday": [], "workdays": [] }""", "2026.json")).Errors);

        Assert.Equal("items/mz.json · MZ-001 · $.items[0].aplicant · unknown property 'aplicant' (did you mean 'applicant'?)", catalog.ToString());
        Assert.Equal("2026.json · $.workday · unknown property 'workday' (did you mean 'workdays'?)", calendar.ToString());
    }
}
