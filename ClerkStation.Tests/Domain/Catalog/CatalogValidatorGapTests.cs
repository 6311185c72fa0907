namespace ClerkStation.Tests.Domain.Catalog;

using System.Text;
using ClerkStation.Domain.Catalog;
using static ClerkStation.Tests.Domain.Catalog.CatalogFixture;

// Usings sit inside the namespace so that 'Catalog' names the type, not this test namespace.
/// <summary>What the catalog validator used to accept: bad bytes, self-dependent conditions, impossible values, misplaced reports.</summary>
public class CatalogValidatorGapTests
{
    // GA-001 with a form of our own: three plain fields and a choice.
    private static List<(string FileName, string Json)> WithGaFields(string fields) =>
        With("items/ga.json", "\"form\": { \"fields\": [] }", $"\"form\": {{ \"fields\": [ {fields} ] }}");

    private static string Text(string key, string? condition = null) =>
        $$"""{ "key": "{{key}}", "kind": "text", "label": { "zh": "{{key}}", "en": "{{key}}" }{{(condition is null ? "" : ", " + condition)}} }""";

    private static IReadOnlyList<CatalogProblem> Problems(List<(string FileName, string Json)> files)
    {
        var result = CatalogLoader.LoadFromFiles(files);
        Assert.False(result.IsValid);
        return result.Problems;
    }

    private static List<(string FileName, byte[] Content)> AsBytes(List<(string FileName, string Json)> files) =>
        [.. files.Select(f => (f.FileName, Encoding.UTF8.GetBytes(f.Json)))];

    [Fact]
    public void Invalid_utf8_is_reported_with_the_file_and_byte_offset_instead_of_read_as_replacement_characters()
    {
        var files = AsBytes(Files());
        var mz = files.FindIndex(f => f.FileName == "items/mz.json");
        var bytes = files[mz].Content.ToList();
        var offset = Encoding.UTF8.GetBytes(Mz[..Mz.IndexOf("最低生活保障", StringComparison.Ordinal)]).Length + 3; // inside 最低
        bytes[offset] = 0xFF;
        files[mz] = ("items/mz.json", [.. bytes]);

        var result = CatalogLoader.LoadFromBytes(files);

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems, p => p.File == "items/mz.json");
        Assert.Contains($"invalid UTF-8 at byte offset {offset}", problem.Message, StringComparison.Ordinal);
        Assert.Contains("line 4", problem.Message, StringComparison.Ordinal);
        Assert.Equal("$", problem.JsonPath);
    }

    [Fact]
    public void Valid_utf8_with_a_byte_order_mark_loads()
    {
        var files = AsBytes(Files());
        files[0] = (files[0].FileName, [0xEF, 0xBB, 0xBF, .. files[0].Content]);

        var result = CatalogLoader.LoadFromBytes(files);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public void A_condition_on_the_field_itself_is_rejected()
    {
        var problems = Problems(WithGaFields(Text("a", """ "visibleWhen": { "field": "a", "notEmpty": true } """)));

        var problem = Assert.Single(problems);
        Assert.Equal(("items/ga.json", "GA-001", "$.items[0].form.fields[0].visibleWhen"), (problem.File, problem.ItemCode, problem.JsonPath));
        Assert.Contains("itself", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_two_field_cycle_is_rejected()
    {
        var problems = Problems(WithGaFields(string.Join(", ",
            Text("a", """ "visibleWhen": { "field": "b", "notEmpty": true } """),
            Text("b", """ "requiredWhen": { "field": "a", "notEmpty": true } """))));

        var problem = Assert.Single(problems);
        Assert.Equal(("items/ga.json", "GA-001", "$.items[0].form.fields[0].visibleWhen"), (problem.File, problem.ItemCode, problem.JsonPath));
        Assert.Contains("a (visibleWhen) → b (requiredWhen) → a", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_longer_cycle_through_all_and_any_is_rejected_once()
    {
        var problems = Problems(WithGaFields(string.Join(", ",
            Text("a", """ "visibleWhen": { "all": [ { "field": "b", "notEmpty": true } ] } """),
            Text("b", """ "visibleWhen": { "any": [ { "field": "z", "notEmpty": true }, { "field": "c", "notEmpty": true } ] } """),
            Text("c", """ "requiredWhen": { "field": "a", "notEmpty": true } """),
            Text("z"))));

        var problem = Assert.Single(problems);
        Assert.Contains("a (visibleWhen) → b (visibleWhen) → c (requiredWhen) → a", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chain_without_a_cycle_is_accepted()
    {
        var result = CatalogLoader.LoadFromFiles(WithGaFields(string.Join(", ",
            Text("a", """ "visibleWhen": { "field": "b", "notEmpty": true } """),
            Text("b", """ "requiredWhen": { "field": "c", "notEmpty": true } """),
            Text("c"))));

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public void An_equals_value_that_is_not_an_option_of_the_choice_field_is_rejected()
    {
        var problem = Assert.Single(Problems(With("items/mz.json", "\"equals\": \"married\"", "\"equals\": \"marred\"")));

        Assert.Equal(("items/mz.json", "MZ-001", "$.items[0].materials[1].requiredWhen"), (problem.File, problem.ItemCode, problem.JsonPath));
        Assert.Contains("'maritalStatus' with 'marred'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_in_value_that_is_not_an_option_is_rejected_in_a_group_column_too()
    {
        var problem = Assert.Single(Problems(With("items/mz.json", "\"in\": [\"married\"]", "\"in\": [\"married\", \"widowed\"]")));

        Assert.Equal("$.items[0].form.fields[1].fields[1].visibleWhen", problem.JsonPath);
        Assert.Contains("'widowed'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checkbox_compared_with_anything_but_true_or_false_is_rejected()
    {
        var problem = Assert.Single(Problems(WithGaFields(string.Join(", ",
            """{ "key": "agree", "kind": "checkbox", "label": { "zh": "同意", "en": "Agree" } }""",
            Text("why", """ "visibleWhen": { "field": "agree", "equals": "yes" } """)))));

        Assert.Equal("$.items[0].form.fields[1].visibleWhen", problem.JsonPath);
    }

    [Fact]
    public void A_renamed_code_is_reported_in_the_file_it_is_in()
    {
        // MZ-002 in items/mz.json renamed to a code items/wj.json already uses; mz.json is read first.
        var problems = Problems(With("items/mz.json", "\"code\": \"MZ-002\"", "\"code\": \"WJ-001\""));

        var inMz = Assert.Single(problems, p => p.File == "items/mz.json");
        Assert.Equal(("WJ-001", "$.items[1].code"), (inMz.ItemCode, inMz.JsonPath));
        Assert.Contains("duplicate item code 'WJ-001' (also at items/wj.json $.items[0])", inMz.Message, StringComparison.Ordinal);
        Assert.Contains(problems, p => p.File == "items/wj.json" && p.JsonPath == "$.items[0].code");
    }

    [Fact]
    public void An_item_renamed_to_a_bundle_code_is_reported_in_its_items_file()
    {
        var problems = Problems(With("items/ga.json", "\"code\": \"GA-001\"", "\"code\": \"YJS-002\""));

        Assert.Contains(problems, p => p.File == "items/ga.json" && p.ItemCode == "YJS-002" && p.JsonPath == "$.items[0].code");
    }
}
