using System.Text.Json;
using ClerkStation.Domain.Json;

namespace ClerkStation.Tests.Domain.Catalog;

/// <summary>
/// The shipped catalog keeps the layout docs/catalog-format.md promises, so that one change is a small diff: keys in
/// one order, defaults left out, items in code order, shared materials sorted by code.
/// </summary>
public class CatalogLayoutTests
{
    private static readonly string[] ItemKeys =
        ["code", "name", "department", "routeTo", "kind", "promisedDays", "statutoryDays", "applicant", "keywords", "aliases",
         "fees", "legalBasis", "guide", "withoutOriginals", "materials", "form"];

    private static readonly string[] MaterialKeys =
        ["code", "use", "name", "form", "copies", "required", "requiredWhen", "eLicense", "commitment", "note"];

    private static readonly string[] FieldKeys =
        ["key", "kind", "label", "help", "required", "min", "max", "minDate", "maxDate", "minLength", "maxLength", "pattern",
         "patternMessage", "options", "visibleWhen", "requiredWhen", "fields", "minRows", "maxRows", "compute"];

    // Values the loader assumes when a property is absent: writing them only adds lines to read and diff.
    private static readonly (string Property, string Json)[] Defaults =
        [("copies", "1"), ("eLicense", "false"), ("commitment", "false"), ("requiredWhen", "null"), ("statutoryDays", "null"),
         ("keywords", "[]"), ("aliases", "[]"), ("templates", "[]"), ("withoutOriginals", "false")];

    private static string Folder => Path.Combine(SeedData.Folder, "catalog");

    [Fact]
    public void Shipped_files_keep_one_key_order_and_leave_defaults_out()
    {
        var problems = new List<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(Folder, "items"), "*.json").Append(Path.Combine(Folder, "materials.json")))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), JsonFile.Options);
            var (list, keys) = document.RootElement.TryGetProperty("items", out var items) ? (items, ItemKeys) : (document.RootElement.GetProperty("materials"), MaterialKeys);
            var codes = new List<string>();
            foreach (var (entry, index) in list.EnumerateArray().Select((e, i) => (e, i)))
            {
                var at = $"{Path.GetFileName(path)} {entry.GetProperty("code").GetString()}";
                codes.Add(entry.GetProperty("code").GetString()!);
                Check(entry, keys, at, problems);
                if (entry.TryGetProperty("routeTo", out var routeTo) && routeTo.GetString() == entry.GetProperty("department").GetString())
                {
                    problems.Add($"{at}: routeTo repeats the department");
                }

                foreach (var material in entry.TryGetProperty("materials", out var m) && keys == ItemKeys ? m.EnumerateArray() : default)
                {
                    Check(material, MaterialKeys, $"{at} material", problems);
                }

                if (keys == ItemKeys && entry.TryGetProperty("form", out var form))
                {
                    CheckFields(form, $"{at} form", problems);
                }
            }

            Assert.True(codes.SequenceEqual(codes.Order(StringComparer.Ordinal)), $"{Path.GetFileName(path)}: entries are not in code order");
        }

        Assert.Empty(problems);
    }

    private static void CheckFields(JsonElement owner, string at, List<string> problems)
    {
        Check(owner, ["templates", "fields"], at, problems);
        foreach (var field in owner.TryGetProperty("fields", out var fields) ? fields.EnumerateArray() : default)
        {
            var fieldAt = $"{at} {field.GetProperty("key").GetString()}";
            Check(field, FieldKeys, fieldAt, problems);
            if (field.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.False)
            {
                problems.Add($"{fieldAt}: required: false is the default");
            }

            if (field.TryGetProperty("fields", out _))
            {
                CheckFields(field, fieldAt, problems);
            }
        }
    }

    private static void Check(JsonElement element, string[] order, string at, List<string> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var names = element.EnumerateObject().Select(p => p.Name).Where(order.Contains).ToList();
        if (!names.SequenceEqual(order.Where(names.Contains)))
        {
            problems.Add($"{at}: keys {string.Join(", ", names)} are not in the order {string.Join(", ", order.Where(names.Contains))}");
        }

        // A reference may set a default value on purpose: it overrides the shared material's.
        foreach (var (property, json) in element.TryGetProperty("use", out _) ? [] : Defaults)
        {
            if (element.TryGetProperty(property, out var value) && value.GetRawText() == json)
            {
                problems.Add($"{at}: {property}: {json} is the default");
            }
        }
    }
}
