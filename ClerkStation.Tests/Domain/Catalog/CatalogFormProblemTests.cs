namespace ClerkStation.Tests.Domain.Catalog;

using ClerkStation.Domain.Catalog;
using static ClerkStation.Tests.Domain.Catalog.CatalogFixture;

// Usings sit inside the namespace so that 'Catalog' names the type, not this test namespace.
/// <summary>A bad form, template or bundle in the catalog: each problem reported with its file, item and JSON path.</summary>
public sealed class CatalogFormProblemTests
{
    [Theory]
    [InlineData("items/mz.json", "{ \"key\": \"name\", \"kind\": \"text\"", "{ \"key\": \"name\", \"kind\": \"select\"",
        "MZ-001", "$.items[0].form.fields[1].fields[0].options", "needs 'options'")]
    [InlineData("items/mz.json", "{ \"field\": \"name\", \"notEmpty\": true }", "{ \"field\": \"nmae\", \"notEmpty\": true }",
        "MZ-001", "$.items[0].form.fields[1].fields[1].visibleWhen", "unknown field 'nmae'")]
    [InlineData("items/mz.json", "\"of\": \"members.monthlyIncome\"", "\"of\": \"members.income\"",
        "MZ-001", "$.items[0].form.fields[2].compute", "'income' is not a number or money field")]
    [InlineData("items/mz.json", "\"op\": \"age\", \"of\": \"idNumber\"", "\"op\": \"age\", \"of\": \"phone\"",
        "MZ-001", "$.items[0].form.fields[3].compute", "must name a residentId field")]
    [InlineData("items/mz.json", "\"minRows\": 1,", "\"minRows\": 1, \"x\": 1,",
        "MZ-001", "$.items[0].form.fields[1].x", "unknown property 'x'")]
    [InlineData("items/wj.json", "\"pattern\": \"\\\\p{IsCJKUnifiedIdeographs}{2,4}\"", "\"pattern\": \"[a-z\"",
        "WJ-001", "$.items[0].form.fields[0].pattern", "invalid regular expression")]
    [InlineData("items/mz.json", "\"requiredWhen\": { \"field\": \"maritalStatus\"", "\"requiredWhen\": { \"field\": \"marital\"",
        "MZ-001", "$.items[0].materials[1].requiredWhen", "unknown field 'marital'")]
    public void Field_definition_errors_are_reported(string file, string find, string replace, string item, string path, string message) =>
        AssertEditReports(file, find, replace, item, path, message);

    [Fact]
    public void A_group_without_fields_is_reported()
    {
        var files = With("items/wj.json", "\"form\": { \"templates\": [\"applicant\"], \"fields\": [",
            "\"form\": { \"templates\": [\"applicant\"], \"fields\": [ { \"key\": \"kids\", \"kind\": \"group\", \"label\": { \"zh\": \"子女\", \"en\": \"Kids\" }, \"fields\": [] },");
        AssertProblem(SingleProblem(files), "items/wj.json", "WJ-001", "$.items[0].form.fields[0].fields", "at least one field");
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
        AssertEditReports("bundles.json", "\"parts\": [\"WJ-001\", \"MZ-002\"]", "\"parts\": [\"WJ-001\", \"MZ-009\"]",
            "YJS-001", "$.bundles[0].parts[1]", "'MZ-009' is not an item");
        AssertProblem(
            SingleProblem(With("items/mz.json", "\"form\": { \"templates\": [\"applicant\"] }",
                "\"form\": { \"fields\": [ { \"key\": \"phone\", \"kind\": \"text\", \"label\": { \"zh\": \"电话\", \"en\": \"Phone\" } } ] }")),
            "bundles.json", "YJS-001", "$.bundles[0].parts[1]", "'phone' is text in MZ-002 but mobile in WJ-001");
    }
}
