using System.Text.Json;
using System.Text.RegularExpressions;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Catalog;

/// <summary>items/&lt;department&gt;.json: the service items, one file a department, each code unique across the catalog.</summary>
public static partial class CatalogLoader
{
    [GeneratedRegex(@"^[A-Z]{2,4}-\d{3,4}$")]
    private static partial Regex ItemCode();

    private static void ReadItemsFiles(
        List<(string File, JsonDocument Document)> documents,
        ProblemLog log,
        FieldReader fields,
        MaterialReader materials,
        Dictionary<string, Department> departments,
        Dictionary<string, IReadOnlyList<FieldDefinition>> templates,
        Dictionary<string, ServiceItem> items,
        Dictionary<string, (string File, string Path)> itemSources)
    {
        foreach (var (file, document) in documents.Where(d => IsItemsFile(d.File)))
        {
            log.File = file;
            var fileDepartment = System.IO.Path.GetFileNameWithoutExtension(file);
            var root = JsonObjectReader.Open(document.RootElement, "$", log, "an items file", "$schema", "items");
            if (root is not null && !root.Has("items"))
            {
                log.Add("$.items", "an items file needs an 'items' array");
                continue;
            }

            foreach (var (element, path) in root?.Array("items", required: true) ?? [])
            {
                var item = ReadItem(element, path, log, fields, materials, departments, templates, fileDepartment);
                if (item is not null && !items.TryAdd(item.Code, item))
                {
                    // Either of the two may be the one renamed: each is reported in its own file, naming the other.
                    var first = itemSources[item.Code];
                    log.Add($"{path}.code", $"duplicate item code '{item.Code}' (also at {first.File} {first.Path})");
                    log.Add(first.File, item.Code, $"{first.Path}.code", $"duplicate item code '{item.Code}' (also at {file} {path})");
                }
                else if (item is not null)
                {
                    itemSources[item.Code] = (file, path);
                }

                log.Code = null;
            }
        }
    }

    private static ServiceItem? ReadItem(
        JsonElement element,
        string path,
        ProblemLog log,
        FieldReader fields,
        MaterialReader materialReader,
        Dictionary<string, Department> departments,
        Dictionary<string, IReadOnlyList<FieldDefinition>> templates,
        string fileDepartment)
    {
        // The code is read first so that every later problem carries it.
        log.Code = JsonObjectReader.Peek(element, "code");

        var reader = JsonObjectReader.Open(
            element, path, log, "an item", "code", "name", "department", "routeTo", "kind", "promisedDays", "statutoryDays",
            "applicant", "keywords", "aliases", "fees", "legalBasis", "guide", "materials", "form", "withoutOriginals");
        if (reader is null)
        {
            return null;
        }

        var code = reader.String("code", required: true, ItemCode());
        var name = reader.Text("name", required: true, englishRequired: true);
        var department = reader.String("department", required: true);
        if (department is not null && !departments.ContainsKey(department))
        {
            log.Add(reader.PathOf("department"), $"unknown department '{department}'");
        }
        else if (department is not null && department != fileDepartment)
        {
            log.Add(reader.PathOf("department"), $"item of department '{department}' belongs in items/{department}.json, not items/{fileDepartment}.json");
        }

        var routeTo = reader.String("routeTo", required: false) ?? department;
        if (reader.Has("routeTo") && routeTo is not null && !departments.ContainsKey(routeTo))
        {
            log.Add(reader.PathOf("routeTo"), $"unknown routeTo department '{routeTo}'");
        }

        var kind = reader.Enum("kind", required: true, Kinds);
        var promised = reader.Int("promisedDays", required: true, min: 0);
        var statutory = reader.Int("statutoryDays", required: false, min: 1);
        CheckDays(reader, log, kind, promised, statutory);

        var applicant = reader.Enum("applicant", required: true, Applicants);
        var keywords = reader.Strings("keywords");
        var aliases = reader.Strings("aliases");
        var fees = reader.Text("fees", required: true, englishRequired: false);
        var legalBasis = reader.Strings("legalBasis");
        var guide = ReadGuide(reader, log);
        var form = ReadForm(reader, log, fields, templates);
        var materials = materialReader.ReadItemMaterials(reader, form);
        var withoutOriginals = reader.Bool("withoutOriginals", required: false);
        if (withoutOriginals)
        {
            CheckWithoutOriginals(reader, log, materials);
        }

        if (code is null || name is null || department is null || routeTo is null || kind is null || promised is null
            || applicant is null || fees is null)
        {
            return null;
        }

        return new ServiceItem
        {
            Code = code,
            Name = name,
            DepartmentCode = department,
            RouteTo = routeTo,
            Kind = kind.Value,
            PromisedDays = promised.Value,
            StatutoryDays = statutory,
            Applicant = applicant.Value,
            Keywords = keywords,
            Aliases = aliases,
            Fees = fees,
            LegalBasis = legalBasis,
            Guide = guide,
            Materials = materials,
            Form = form,
            WithoutOriginals = withoutOriginals,
        };
    }

}
