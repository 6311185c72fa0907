using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Catalog;

/// <summary>
/// Reads the catalog folder (departments.json, materials.json, templates.json, bundles.json, items/*.json) leniently as JSON
/// (comments, trailing commas) and validates it strictly, collecting every problem. The catalog is only built when
/// there is none, so a bad catalog stops start-up with the full list.
/// </summary>
public static partial class CatalogLoader
{
    public const string DepartmentsFile = "departments.json";
    public const string TemplatesFile = "templates.json";
    public const string BundlesFile = "bundles.json";
    public const string MaterialsFile = MaterialReader.File;
    public const string SchemaFile = "catalog.schema.json";

    private static readonly Dictionary<string, ServiceWindow> Windows = new()
    {
        ["comprehensive"] = ServiceWindow.Comprehensive,
        ["police"] = ServiceWindow.Police,
    };

    private static readonly Dictionary<string, ItemKind> Kinds = new()
    {
        ["instant"] = ItemKind.Instant,
        ["promised"] = ItemKind.Promised,
    };

    private static readonly Dictionary<string, ApplicantKind> Applicants = new()
    {
        ["person"] = ApplicantKind.Person,
        ["enterprise"] = ApplicantKind.Enterprise,
        ["both"] = ApplicantKind.Both,
    };

    [GeneratedRegex("^[a-z]{2,8}$")]
    private static partial Regex DepartmentCode();

    [GeneratedRegex(@"^[A-Z]{2,4}-\d{3,4}$")]
    private static partial Regex ItemCode();

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex TemplateId();

    public static CatalogLoadResult LoadFromDirectory(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return new CatalogLoadResult(null, [new CatalogProblem(folder, null, "$", "catalog folder not found")]);
        }

        var files = new List<(string, byte[])>();
        foreach (var name in new[] { DepartmentsFile, MaterialsFile, TemplatesFile, BundlesFile, LicenceTypesFile })
        {
            var path = System.IO.Path.Combine(folder, name);
            if (File.Exists(path))
            {
                files.Add((name, File.ReadAllBytes(path)));
            }
        }

        var itemsFolder = System.IO.Path.Combine(folder, "items");
        if (Directory.Exists(itemsFolder))
        {
            foreach (var path in Directory.GetFiles(itemsFolder, "*.json").Order(StringComparer.Ordinal))
            {
                files.Add(($"items/{System.IO.Path.GetFileName(path)}", File.ReadAllBytes(path)));
            }
        }

        return LoadFromBytes(files);
    }

    /// <summary>
    /// Loads files as stored: each must be valid UTF-8 (a byte order mark is allowed). A file with an invalid byte is
    /// reported with its byte offset and line instead of being read with U+FFFD in place of the bad bytes.
    /// </summary>
    public static CatalogLoadResult LoadFromBytes(IEnumerable<(string FileName, byte[] Content)> files)
    {
        var decoded = new List<(string, string)>();
        var problems = new List<CatalogProblem>();
        foreach (var (name, content) in files)
        {
            if (StrictUtf8.Decode(content) is { } text)
            {
                decoded.Add((name, text));
            }
            else
            {
                var (offset, line) = StrictUtf8.FirstInvalid(content);
                problems.Add(new CatalogProblem(name.Replace('\\', '/'), null, "$", JsonFile.Utf8Message(offset, line)));
            }
        }

        var result = LoadFromFiles(decoded);
        return problems.Count == 0 ? result : new CatalogLoadResult(null, [.. problems, .. result.Problems]);
    }

    /// <summary>Loads from in-memory files named as in the folder (<c>departments.json</c>, <c>items/mz.json</c> …).</summary>
    public static CatalogLoadResult LoadFromFiles(IEnumerable<(string FileName, string Json)> files)
    {
        var log = new ProblemLog();
        var documents = new List<(string File, JsonDocument Document)>();
        try
        {
            foreach (var (rawName, json) in files)
            {
                var name = rawName.Replace('\\', '/');
                if (name == SchemaFile)
                {
                    continue;
                }

                if (name is not (DepartmentsFile or MaterialsFile or TemplatesFile or BundlesFile or LicenceTypesFile) && !IsItemsFile(name))
                {
                    log.Add(name, null, "$", "unexpected file: expected departments.json, materials.json, templates.json, bundles.json, licence-types.json or items/<department>.json");
                    continue;
                }

                log.File = name;
                if (JsonFile.Parse(json, log) is { } document)
                {
                    documents.Add((name, document));
                }
            }

            return Build(documents, log);
        }
        finally
        {
            documents.ForEach(d => d.Document.Dispose());
        }
    }

    private static bool IsItemsFile(string name) =>
        name.StartsWith("items/", StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal) && name.Count(c => c == '/') == 1;

    private static CatalogLoadResult Build(List<(string File, JsonDocument Document)> documents, ProblemLog log)
    {
        var fields = new FieldReader(log);
        var licenceTypes = new Dictionary<string, (LicenceType Type, string Path)>(StringComparer.Ordinal);
        var licenceCodes = documents.FirstOrDefault(d => d.File == LicenceTypesFile).Document is { } licencesDoc
            ? ReadLicenceTypes(licencesDoc.RootElement, log, licenceTypes)
            : [];
        var materials = new MaterialReader(log, fields, licenceCodes);

        var departments = new Dictionary<string, Department>(StringComparer.Ordinal);
        var departmentsDoc = documents.FirstOrDefault(d => d.File == DepartmentsFile);
        if (departmentsDoc.Document is null)
        {
            if (!log.Problems.Any(p => p.File == DepartmentsFile))
            {
                log.Add(DepartmentsFile, null, "$", "departments.json is missing");
            }
        }
        else
        {
            ReadDepartments(departmentsDoc.Document.RootElement, log, departments);
        }

        var templates = new Dictionary<string, IReadOnlyList<FieldDefinition>>(StringComparer.Ordinal);
        if (documents.FirstOrDefault(d => d.File == TemplatesFile).Document is { } templatesDoc)
        {
            ReadTemplates(templatesDoc.RootElement, log, fields, templates);
        }

        if (documents.FirstOrDefault(d => d.File == MaterialsFile).Document is { } materialsDoc)
        {
            materials.ReadShared(materialsDoc.RootElement);
        }

        var items = new Dictionary<string, ServiceItem>(StringComparer.Ordinal);
        var itemSources = new Dictionary<string, (string File, string Path)>(StringComparer.Ordinal);
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

        materials.ReportUnused();
        CheckIssuers(log, licenceTypes, items);
        var bundles = new List<Bundle>();
        if (documents.FirstOrDefault(d => d.File == BundlesFile).Document is { } bundlesDoc)
        {
            ReadBundles(bundlesDoc.RootElement, log, items, bundles);
            foreach (var bundle in bundles.Where(b => itemSources.ContainsKey(b.Code)))
            {
                var (file, path) = itemSources[bundle.Code];
                log.Add(file, bundle.Code, $"{path}.code", $"item code '{bundle.Code}' is also a bundle code in {BundlesFile}");
            }
        }

        var catalog = log.Problems.Count == 0 ? new Catalog(departments.Values, items.Values, bundles, licenceTypes.Values.Select(t => t.Type)) : null;
        return new CatalogLoadResult(catalog, [.. log.Problems.Select(CatalogProblem.From)]);
    }

    private static void ReadDepartments(JsonElement rootElement, ProblemLog log, Dictionary<string, Department> departments)
    {
        log.File = DepartmentsFile;
        var root = JsonObjectReader.Open(rootElement, "$", log, "departments.json", "$schema", "departments");
        foreach (var (element, path) in root?.Array("departments", required: true) ?? [])
        {
            var reader = JsonObjectReader.Open(element, path, log, "a department", "code", "name", "window", "order");
            if (reader is null)
            {
                continue;
            }

            var code = reader.String("code", required: true, DepartmentCode());
            var name = reader.Text("name", required: true, englishRequired: true);
            var window = reader.Enum("window", required: true, Windows);
            var order = reader.Int("order", required: true);
            if (code is null || name is null || window is null || order is null)
            {
                continue;
            }

            if (!departments.TryAdd(code, new Department(code, name, window.Value, order.Value)))
            {
                log.Add(reader.PathOf("code"), $"duplicate department code '{code}'");
            }
        }
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

    /// <summary>The applicant's identity card is verified by the channel's real-name login.</summary>
    public const string IdentityCardMaterial = "id-card";

    /// <summary>
    /// An item accepted without the counter's check may not need an original nobody would ever see: every required material
    /// other than the identity card must be a copy or electronic, fetchable as an e-licence, or replaceable by a commitment.
    /// </summary>
    private static void CheckWithoutOriginals(JsonObjectReader reader, ProblemLog log, IReadOnlyList<MaterialRequirement> materials)
    {
        foreach (var material in materials.Where(m => m.Required && m.Code != IdentityCardMaterial && !m.ELicense && !m.Commitment
                     && m.Form is MaterialForm.Original or MaterialForm.OriginalAndCopy))
        {
            log.Add(reader.PathOf("withoutOriginals"), $"an item accepted without originals cannot require the original of '{material.Code}' (make it a copy, electronic, an e-licence or a commitment)");
        }
    }

    private static void CheckDays(JsonObjectReader reader, ProblemLog log, ItemKind? kind, int? promised, int? statutory)
    {
        var path = reader.PathOf("promisedDays");
        if (kind == ItemKind.Instant && promised is not null and not 0)
        {
            log.Add(path, $"an instant item has promisedDays 0, not {promised}");
        }
        else if (kind == ItemKind.Promised && promised is < 1)
        {
            log.Add(path, $"a promised item needs promisedDays of at least 1, not {promised}");
        }

        if (promised is not null && statutory is not null && promised > statutory)
        {
            log.Add(path, $"promisedDays ({promised}) exceeds statutoryDays ({statutory})");
        }
    }

    private static ServiceGuide ReadGuide(JsonObjectReader item, ProblemLog log)
    {
        if (item.Get("guide") is not { } element)
        {
            return ServiceGuide.Empty;
        }

        var reader = JsonObjectReader.Open(element, item.PathOf("guide"), log, "'guide'", "conditions", "notes");
        return reader is null
            ? ServiceGuide.Empty
            : new ServiceGuide(
                reader.Text("conditions", required: false, englishRequired: false),
                reader.Text("notes", required: false, englishRequired: false));
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
