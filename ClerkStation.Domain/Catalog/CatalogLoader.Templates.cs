using System.Text.Json;
using System.Text.RegularExpressions;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Catalog;

/// <summary>templates.json, and an item's form: its templates expanded, its own fields added, the whole form checked.</summary>
public static partial class CatalogLoader
{
    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex TemplateId();

    private static Dictionary<string, IReadOnlyList<FieldDefinition>> ReadTemplates(
        List<(string File, JsonDocument Document)> documents, ProblemLog log, FieldReader fields)
    {
        var templates = new Dictionary<string, IReadOnlyList<FieldDefinition>>(StringComparer.Ordinal);
        if (documents.FirstOrDefault(d => d.File == TemplatesFile).Document is { } templatesDoc)
        {
            ReadTemplates(templatesDoc.RootElement, log, fields, templates);
        }

        return templates;
    }

    private static void ReadTemplates(
        JsonElement rootElement, ProblemLog log, FieldReader fields, Dictionary<string, IReadOnlyList<FieldDefinition>> templates)
    {
        log.File = TemplatesFile;
        var root = JsonObjectReader.Open(rootElement, "$", log, "templates.json", "$schema", "templates");
        foreach (var (element, path) in root?.Array("templates", required: true) ?? [])
        {
            var reader = JsonObjectReader.Open(element, path, log, "a template", "id", "fields");
            if (reader is null)
            {
                continue;
            }

            var id = reader.String("id", required: true, TemplateId());
            var templateFields = fields.ReadFields(reader, "fields", required: true);
            if (id is not null && !templates.TryAdd(id, templateFields))
            {
                log.Add(reader.PathOf("id"), $"duplicate template id '{id}'");
            }
        }
    }

    private static FormDefinition ReadForm(
        JsonObjectReader item, ProblemLog log, FieldReader fields, Dictionary<string, IReadOnlyList<FieldDefinition>> templates)
    {
        if (!item.Has("form"))
        {
            log.Add(item.PathOf("form"), "missing required property 'form'");
            return FormDefinition.Empty;
        }

        var reader = JsonObjectReader.Open(item.Get("form")!.Value, item.PathOf("form"), log, "'form'", "templates", "fields");
        if (reader is null)
        {
            return FormDefinition.Empty;
        }

        var expanded = new List<FieldDefinition>();
        foreach (var (element, path) in reader.Array("templates", required: false))
        {
            var id = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
            if (id is not null && templates.TryGetValue(id, out var templateFields))
            {
                expanded.AddRange(templateFields);
            }
            else
            {
                log.Add(path, id is null ? "a template reference must be a string" : $"unknown template '{id}'");
            }
        }

        expanded.AddRange(fields.ReadFields(reader, "fields", required: false));
        fields.CheckForm(expanded, log.Code);
        return new FormDefinition(expanded);
    }
}
