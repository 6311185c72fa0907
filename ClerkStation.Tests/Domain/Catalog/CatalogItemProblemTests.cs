namespace ClerkStation.Tests.Domain.Catalog;

using ClerkStation.Domain.Catalog;
using static ClerkStation.Tests.Domain.Catalog.CatalogFixture;

// Usings sit inside the namespace so that 'Catalog' names the type, not this test namespace.
/// <summary>A bad item: each problem with its properties, codes or department reported with its file, item and JSON path.</summary>
public sealed class CatalogItemProblemTests
{
    [Fact]
    public void Promised_days_over_statutory_days_is_reported_with_file_item_and_path()
    {
        var problem = SingleProblem(With("items/mz.json", "\"promisedDays\": 20", "\"promisedDays\": 25"));
        AssertProblem(problem, "items/mz.json", "MZ-001", "$.items[0].promisedDays", "promisedDays (25) exceeds statutoryDays (23)");
        Assert.Equal("items/mz.json · MZ-001 · $.items[0].promisedDays · promisedDays (25) exceeds statutoryDays (23)", problem.ToString());
    }

    [Theory]
    [InlineData("\"kind\": \"instant\", \"promisedDays\": 0", "\"kind\": \"instant\", \"promisedDays\": 2", "$.items[1].promisedDays", "instant")]
    [InlineData("\"kind\": \"instant\", \"promisedDays\": 0", "\"kind\": \"promised\", \"promisedDays\": 0", "$.items[1].promisedDays", "at least 1")]
    [InlineData("\"kind\": \"instant\"", "\"kind\": \"instantly\"", "$.items[1].kind", "not one of")]
    [InlineData("\"applicant\": \"person\",\n    \"fees\"", "\"applicant\": \"people\",\n    \"fees\"", "$.items[1].applicant", "not one of")]
    [InlineData("\"form\": { \"templates\": [\"applicant\"] }", "\"form\": { \"templates\": [\"applicnt\"] }", "$.items[1].form.templates[0]", "unknown template 'applicnt'")]
    [InlineData("\"promisedDays\": 0, \"statutoryDays\": null,", "\"promisedDay\": 0, \"promisedDays\": 0, \"statutoryDays\": null,", "$.items[1].promisedDay", "did you mean 'promisedDays'")]
    [InlineData("\"code\": \"MZ-002\", \"name\": { \"zh\": \"结婚登记\", \"en\": \"Marriage registration\" },", "\"code\": \"MZ-002\", \"name\": { \"zh\": \"结婚登记\" },", "$.items[1].name.en", "missing required property 'en'")]
    [InlineData("\"department\": \"mz\",\n    \"kind\": \"instant\"", "\"department\": \"mz\", \"routeTo\": \"xx\",\n    \"kind\": \"instant\"", "$.items[1].routeTo", "unknown routeTo department 'xx'")]
    [InlineData("\"fees\": { \"zh\": \"不收费\", \"en\": \"Free\" }, \"materials\": [],", "\"fees\": { \"zh\": \"不收费\", \"en\": \"Free\" }, \"materials\": [], \"promisedDays\": 1,", "$.items[1].promisedDays", "appears twice")]
    public void Each_bad_item_property_is_reported_at_its_path(string find, string replace, string path, string message)
    {
        var files = Files();
        var mz = files.FindIndex(f => f.FileName == "items/mz.json");
        var json = files[mz].Json;
        var mz2Start = json.IndexOf("\"MZ-002\"", StringComparison.Ordinal) - 20;
        Assert.Contains(find, json[mz2Start..], StringComparison.Ordinal);
        files[mz] = ("items/mz.json", json[..mz2Start] + json[mz2Start..].Replace(find, replace, StringComparison.Ordinal));

        var result = CatalogLoader.LoadFromFiles(files);
        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems, p => p.JsonPath == path && p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal("items/mz.json", problem.File);
        Assert.Equal("MZ-002", problem.ItemCode);
        Assert.All(result.Problems.Where(p => p.File == "items/mz.json"), p => Assert.Equal("MZ-002", p.ItemCode));
    }

    [Fact]
    public void Duplicates_are_reported()
    {
        AssertProblem(
            CatalogLoader.LoadFromFiles(With("items/wj.json", "\"code\": \"WJ-001\"", "\"code\": \"MZ-001\"")).Problems[0],
            "items/wj.json", "MZ-001", "$.items[0].code", "duplicate item code 'MZ-001'");
        AssertEditReports("items/wj.json", "\"key\": \"babyName\"", "\"key\": \"phone\"",
            "WJ-001", "$.items[0].form.fields[0].key", "duplicate field key 'phone'");
        AssertEditReports("items/mz.json", "\"code\": \"marriage-cert\"", "\"code\": \"household-register\"",
            "MZ-001", "$.items[0].materials[1].code", "duplicate material code");
        AssertProblem(
            CatalogLoader.LoadFromFiles(With("departments.json", "\"code\": \"wj\"", "\"code\": \"mz\"")).Problems[0],
            "departments.json", null, "$.departments[1].code", "duplicate department code 'mz'");
    }

    [Fact]
    public void Unknown_department_and_wrong_file_are_reported()
    {
        var result = CatalogLoader.LoadFromFiles(With("items/ga.json", "\"department\": \"ga\"", "\"department\": \"zz\""));
        var problem = Assert.Single(result.Problems, p => p.Message.Contains("unknown department 'zz'", StringComparison.Ordinal));
        AssertProblem(problem, "items/ga.json", "GA-001", "$.items[0].department", "unknown department");
        AssertEditReports("items/ga.json", "\"department\": \"ga\"", "\"department\": \"mz\"",
            "GA-001", "$.items[0].department", "belongs in items/mz.json");
    }
}
