namespace ClerkStation.Tests.Domain.Catalog;

using ClerkStation.Domain.Catalog;
using static ClerkStation.Tests.Domain.Catalog.CatalogFixture;

// Usings sit inside the namespace so that 'Catalog' names the type, not this test namespace.
/// <summary>A bad catalog: each problem reported with its file, item and JSON path, and all of them at once.</summary>
public class CatalogLoaderTests
{
    private static CatalogProblem Single(IEnumerable<(string FileName, string Json)> files)
    {
        var result = CatalogLoader.LoadFromFiles(files);
        Assert.False(result.IsValid);
        Assert.Null(result.Catalog);
        return Assert.Single(result.Problems);
    }

    private static void AssertProblem(CatalogProblem problem, string file, string? item, string path, string messagePart)
    {
        Assert.Equal(file, problem.File);
        Assert.Equal(item, problem.ItemCode);
        Assert.Equal(path, problem.JsonPath);
        Assert.Contains(messagePart, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Promised_days_over_statutory_days_is_reported_with_file_item_and_path()
    {
        var problem = Single(With("items/mz.json", "\"promisedDays\": 20", "\"promisedDays\": 25"));
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
    public void Malformed_json_reports_the_line()
    {
        var result = CatalogLoader.LoadFromFiles(With("items/wj.json", "\"department\": \"wj\",", "\"department\": \"wj\""));
        AssertProblem(result.Problems[0], "items/wj.json", null, "$", "not valid JSON at line 2");
        // The other files are still checked: the bundle now misses its WJ-001 part.
        Assert.Contains(result.Problems, p => p.File == "bundles.json" && p.Message.Contains("'WJ-001'", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicates_are_reported()
    {
        AssertProblem(
            CatalogLoader.LoadFromFiles(With("items/wj.json", "\"code\": \"WJ-001\"", "\"code\": \"MZ-001\"")).Problems[0],
            "items/wj.json", "MZ-001", "$.items[0].code", "duplicate item code 'MZ-001'");
        AssertProblem(
            Single(With("items/wj.json", "\"key\": \"babyName\"", "\"key\": \"phone\"")),
            "items/wj.json", "WJ-001", "$.items[0].form.fields[0].key", "duplicate field key 'phone'");
        AssertProblem(
            Single(With("items/mz.json", "\"code\": \"marriage-cert\"", "\"code\": \"household-register\"")),
            "items/mz.json", "MZ-001", "$.items[0].materials[1].code", "duplicate material code");
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
        AssertProblem(
            Single(With("items/ga.json", "\"department\": \"ga\"", "\"department\": \"mz\"")),
            "items/ga.json", "GA-001", "$.items[0].department", "belongs in items/mz.json");
    }

    [Fact]
    public void Field_definition_errors_are_reported()
    {
        AssertProblem(
            Single(With("items/mz.json", "{ \"key\": \"name\", \"kind\": \"text\"", "{ \"key\": \"name\", \"kind\": \"select\"")),
            "items/mz.json", "MZ-001", "$.items[0].form.fields[1].fields[0].options", "needs 'options'");
        AssertProblem(
            Single(With("items/mz.json", "{ \"field\": \"name\", \"notEmpty\": true }", "{ \"field\": \"nmae\", \"notEmpty\": true }")),
            "items/mz.json", "MZ-001", "$.items[0].form.fields[1].fields[1].visibleWhen", "unknown field 'nmae'");
        AssertProblem(
            Single(With("items/mz.json", "\"of\": \"members.monthlyIncome\"", "\"of\": \"members.income\"")),
            "items/mz.json", "MZ-001", "$.items[0].form.fields[2].compute", "'income' is not a number or money field");
        AssertProblem(
            Single(With("items/mz.json", "\"op\": \"age\", \"of\": \"idNumber\"", "\"op\": \"age\", \"of\": \"phone\"")),
            "items/mz.json", "MZ-001", "$.items[0].form.fields[3].compute", "must name a residentId field");
        AssertProblem(
            Single(With("items/mz.json", "\"minRows\": 1,", "\"minRows\": 1, \"x\": 1,")),
            "items/mz.json", "MZ-001", "$.items[0].form.fields[1].x", "unknown property 'x'");
        AssertProblem(
            Single(With("items/wj.json", "\"pattern\": \"\\\\p{IsCJKUnifiedIdeographs}{2,4}\"", "\"pattern\": \"[a-z\"")),
            "items/wj.json", "WJ-001", "$.items[0].form.fields[0].pattern", "invalid regular expression");
        AssertProblem(
            Single(With("items/mz.json", "\"requiredWhen\": { \"field\": \"maritalStatus\"", "\"requiredWhen\": { \"field\": \"marital\"")),
            "items/mz.json", "MZ-001", "$.items[0].materials[1].requiredWhen", "unknown field 'marital'");
    }

    [Fact]
    public void A_group_without_fields_is_reported()
    {
        var files = With("items/wj.json", "\"form\": { \"templates\": [\"applicant\"], \"fields\": [",
            "\"form\": { \"templates\": [\"applicant\"], \"fields\": [ { \"key\": \"kids\", \"kind\": \"group\", \"label\": { \"zh\": \"子女\", \"en\": \"Kids\" }, \"fields\": [] },");
        AssertProblem(Single(files), "items/wj.json", "WJ-001", "$.items[0].form.fields[0].fields", "at least one field");
    }

    [Fact]
    public void A_template_field_problem_points_into_templates_json_for_the_item()
    {
        var files = With("templates.json", "\"required\": true },", "\"required\": true, \"visibleWhen\": { \"field\": \"ghost\", \"notEmpty\": true } },");
        var result = CatalogLoader.LoadFromFiles(files);
        Assert.Equal(["MZ-001", "MZ-002", "WJ-001"], result.Problems.Select(p => p.ItemCode));
        Assert.All(result.Problems, p => AssertProblem(p, "templates.json", p.ItemCode, "$.templates[0].fields[0].visibleWhen", "unknown field 'ghost'"));
    }

    [Fact]
    public void Bundle_problems_are_reported()
    {
        AssertProblem(
            Single(With("bundles.json", "\"parts\": [\"WJ-001\", \"MZ-002\"]", "\"parts\": [\"WJ-001\", \"MZ-009\"]")),
            "bundles.json", "YJS-001", "$.bundles[0].parts[1]", "'MZ-009' is not an item");
        AssertProblem(
            Single(With("items/mz.json", "\"form\": { \"templates\": [\"applicant\"] }",
                "\"form\": { \"fields\": [ { \"key\": \"phone\", \"kind\": \"text\", \"label\": { \"zh\": \"电话\", \"en\": \"Phone\" } } ] }")),
            "bundles.json", "YJS-001", "$.bundles[0].parts[1]", "'phone' is text in MZ-002 but mobile in WJ-001");
    }

    [Fact]
    public void Several_problems_are_all_reported_at_once()
    {
        var files = Files();
        files[files.FindIndex(f => f.FileName == "items/mz.json")] = ("items/mz.json", Mz
            .Replace("\"promisedDays\": 20", "\"promisedDays\": 30", StringComparison.Ordinal)
            .Replace("\"kind\": \"select\"", "\"kind\": \"dropdown\"", StringComparison.Ordinal)
            .Replace("\"form\": \"copy\"", "\"form\": \"photocopy\"", StringComparison.Ordinal));
        files[files.FindIndex(f => f.FileName == "departments.json")] = ("departments.json", Departments.Replace("\"order\": 20", "\"ordr\": 20", StringComparison.Ordinal));
        files.Add(("items/wj2.json", "{ \"things\": [] }"));
        files.Add(("readme.txt", "hello"));

        var result = CatalogLoader.LoadFromFiles(files);
        var text = result.Problems.Select(p => p.ToString()).ToList();
        Assert.Null(result.Catalog);
        Assert.Contains(text, t => t.StartsWith("readme.txt · $ · unexpected file", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("departments.json · $.departments[1].ordr · unknown property 'ordr' (did you mean 'order'?)", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("departments.json · $.departments[1].order · missing required property", StringComparison.Ordinal));
        Assert.Contains(text, t => t == "items/mz.json · MZ-001 · $.items[0].promisedDays · promisedDays (30) exceeds statutoryDays (23)");
        Assert.Contains(text, t => t.StartsWith("items/mz.json · MZ-001 · $.items[0].form.fields[0].kind · 'kind' value 'dropdown'", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("items/mz.json · MZ-001 · $.items[0].materials[1].form", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("items/wj2.json · $.things · unknown property", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("items/wj2.json · $.items · an items file needs", StringComparison.Ordinal));
        // wj is no longer a department, so WJ-001 is reported too
        Assert.Contains(text, t => t.StartsWith("items/wj.json · WJ-001 · $.items[0].department · unknown department 'wj'", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_departments_file_and_folder_are_reported()
    {
        var result = CatalogLoader.LoadFromFiles(Files().Where(f => f.FileName != "departments.json"));
        Assert.Contains(result.Problems, p => p.File == "departments.json" && p.Message.Contains("missing", StringComparison.Ordinal));
        Assert.False(CatalogLoader.LoadFromDirectory(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))).IsValid);
    }
}
