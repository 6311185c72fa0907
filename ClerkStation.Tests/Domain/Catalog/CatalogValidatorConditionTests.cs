namespace ClerkStation.Tests.Domain.Catalog;

using ClerkStation.Domain.Catalog;
using static ClerkStation.Tests.Domain.Catalog.CatalogFixture;

// Usings sit inside the namespace so that 'Catalog' names the type, not this test namespace.
/// <summary>What the catalog validator used to accept in conditions: a field depending on itself, cycles, values a field can never hold.</summary>
public class CatalogValidatorConditionTests
{
    // GA-001 with a form of our own: three plain fields and a choice.
    private static List<(string FileName, string Json)> WithGaFields(string fields) =>
        With("items/ga.json", "\"form\": { \"fields\": [] }", $"\"form\": {{ \"fields\": [ {fields} ] }}");

    private static string Text(string key, string? condition = null) =>
        $$"""{ "key": "{{key}}", "kind": "text", "label": { "zh": "{{key}}", "en": "{{key}}" }{{(condition is null ? "" : ", " + condition)}} }""";

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
}
