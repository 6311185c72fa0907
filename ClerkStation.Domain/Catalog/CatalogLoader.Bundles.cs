using System.Globalization;
using System.Text.Json;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Catalog;

/// <summary>Bundles (一件事): parts checked against the items, forms and materials merged.</summary>
public static partial class CatalogLoader
{
    private static void ReadBundles(JsonElement rootElement, ProblemLog log, Dictionary<string, ServiceItem> items, List<Bundle> bundles)
    {
        log.File = BundlesFile;
        var root = JsonObjectReader.Open(rootElement, "$", log, "bundles.json", "$schema", "bundles");
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (element, path) in root?.Array("bundles", required: true) ?? [])
        {
            log.Code = JsonObjectReader.Peek(element, "code");
            var reader = JsonObjectReader.Open(element, path, log, "a bundle", "code", "name", "keywords", "parts");
            if (reader is null)
            {
                continue;
            }

            var code = reader.String("code", required: true, ItemCode());
            var name = reader.Text("name", required: true, englishRequired: true);
            var keywords = reader.Strings("keywords");
            var partCodes = reader.Strings("parts", required: true);
            if (code is not null && (!codes.Add(code) || items.ContainsKey(code)))
            {
                log.Add(reader.PathOf("code"), $"duplicate code '{code}' (bundle and item codes share one space)");
            }

            if (reader.Has("parts") && partCodes.Count < 2)
            {
                log.Add(reader.PathOf("parts"), "a bundle needs at least two parts");
            }

            var parts = new List<ServiceItem>();
            for (var i = 0; i < partCodes.Count; i++)
            {
                var partPath = $"{reader.PathOf("parts")}[{i}]";
                if (!items.TryGetValue(partCodes[i], out var part))
                {
                    log.Add(partPath, $"bundle part '{partCodes[i]}' is not an item of the catalog");
                }
                else if (parts.Contains(part))
                {
                    log.Add(partPath, $"bundle part '{partCodes[i]}' is listed twice");
                }
                else
                {
                    CheckKindClashes(part, parts, partPath, log);
                    parts.Add(part);
                }
            }

            if (code is not null && name is not null)
            {
                bundles.Add(new Bundle
                {
                    Code = code,
                    Name = name,
                    Keywords = keywords,
                    Parts = partCodes,
                    MergedForm = FormDefinition.Merge(parts.Select(p => p.Form)),
                    Materials = MergeMaterials(parts.SelectMany(p => p.Materials)),
                });
            }
        }

        log.Code = null;
    }

    private static void CheckKindClashes(ServiceItem part, List<ServiceItem> earlier, string path, ProblemLog log)
    {
        foreach (var field in part.Form.Fields)
        {
            var first = earlier.Select(e => (Item: e, Field: e.Form.Find(field.Key)))
                .FirstOrDefault(x => x.Field is not null && !x.Field.Key.Contains('.', StringComparison.Ordinal));
            if (first.Field is not null && first.Field.Kind != field.Kind)
            {
                log.Add(path, string.Create(
                    CultureInfo.InvariantCulture,
                    $"merged form: field '{field.Key}' is {Name(field.Kind)} in {part.Code} but {Name(first.Field.Kind)} in {first.Item.Code}"));
            }
        }
    }

    /// <summary>By material code, first definition wins; it is required when any part requires it.</summary>
    internal static IReadOnlyList<MaterialRequirement> MergeMaterials(IEnumerable<MaterialRequirement> materials)
    {
        var merged = new List<MaterialRequirement>();
        foreach (var material in materials)
        {
            var index = merged.FindIndex(m => m.Code == material.Code);
            if (index < 0)
            {
                merged.Add(material);
                continue;
            }

            var first = merged[index];
            merged[index] = first with
            {
                Required = first.Required || material.Required,
                RequiredWhen = first.Required || material.Required
                    ? null
                    : (first.RequiredWhen, material.RequiredWhen) switch
                    {
                        ({ } a, { } b) => Condition.Any(a, b),
                        (var a, var b) => a ?? b,
                    },
                Copies = Math.Max(first.Copies, material.Copies),
            };
        }

        return merged;
    }

    internal static string Name(FieldKind kind) => FieldReader.KindName(kind);
}
