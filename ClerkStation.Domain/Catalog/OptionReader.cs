using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Catalog;

/// <summary>The options of a select, radio or multiselect field: each a value and a label, no value twice, never an empty list.</summary>
internal sealed class OptionReader(ProblemLog log)
{
    public List<FieldOption> Read(JsonObjectReader field)
    {
        var options = new List<FieldOption>();
        var elements = field.Array("options", required: false);
        if (field.Has("options") && elements.Count == 0)
        {
            log.Add(field.PathOf("options"), "'options' must not be empty");
        }

        foreach (var (element, path) in elements)
        {
            var reader = JsonObjectReader.Open(element, path, log, "an option", "value", "label");
            var value = reader?.String("value", required: true);
            var label = reader?.Text("label", required: true, englishRequired: true);
            if (value is null || label is null)
            {
                continue;
            }

            if (options.Any(o => o.Value == value))
            {
                log.Add(reader!.PathOf("value"), $"duplicate option value '{value}'");
                continue;
            }

            options.Add(new FieldOption(value, label));
        }

        return options;
    }
}
