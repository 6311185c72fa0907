using System.Text.Json;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Catalog;

/// <summary>Reads a visibleWhen / requiredWhen condition: one field compared (equals, in, notEmpty), or all / any of others.</summary>
internal sealed class ConditionReader(ProblemLog log)
{
    public Condition? Read(JsonObjectReader owner, string name) =>
        owner.Get(name) is { } element ? Read(element, owner.PathOf(name)) : null;

    public Condition? Read(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var reader = JsonObjectReader.Open(element, path, log, "a condition", "field", "equals", "in", "notEmpty", "all", "any");
        if (reader is null)
        {
            return null;
        }

        var shapes = new[] { "equals", "in", "notEmpty" }.Where(reader.Has).ToList();
        if (reader.Has("all") || reader.Has("any"))
        {
            var name = reader.Has("all") ? "all" : "any";
            if (reader.Has("field") || shapes.Count > 0 || (reader.Has("all") && reader.Has("any")))
            {
                log.Add(path, $"a condition with '{name}' takes nothing else");
            }

            var inner = reader.Array(name, required: true).Select(e => Read(e.Element, e.Path)).ToList();
            if (inner.Count == 0)
            {
                log.Add(reader.PathOf(name), $"'{name}' needs at least one condition");
            }

            var conditions = inner.OfType<Condition>().ToList();
            return name == "all" ? Condition.All(conditions) : Condition.Any(conditions);
        }

        var field = reader.String("field", required: true);
        if (shapes.Count != 1)
        {
            log.Add(path, "a condition needs exactly one of 'equals', 'in' or 'notEmpty' with 'field', or 'all' / 'any'");
            return null;
        }

        if (field is null)
        {
            return null;
        }

        switch (shapes[0])
        {
            case "equals":
                var value = ConditionValue(reader.Get("equals")!.Value, reader.PathOf("equals"));
                return value is null ? null : Condition.FieldEquals(field, value);
            case "in":
                var values = reader.Array("in", required: true).Select(e => ConditionValue(e.Element, e.Path)).OfType<string>().ToList();
                if (values.Count == 0)
                {
                    log.Add(reader.PathOf("in"), "'in' needs at least one value");
                }

                return Condition.FieldIn(field, values);
            default:
                return Condition.FieldNotEmpty(field, reader.Bool("notEmpty", required: true, fallback: true));
        }
    }

    // Checkbox values compare as "true"/"false", so booleans and numbers are accepted and compared as text.
    private string? ConditionValue(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number:
                return element.GetRawText();
            default:
                log.Add(path, $"a condition value must be a string, not {JsonObjectReader.Describe(element)}");
                return null;
        }
    }
}
