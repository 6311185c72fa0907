using System.Text.Json;
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

        var departments = ReadDepartments(documents, log);

        var templates = ReadTemplates(documents, log, fields);

        if (documents.FirstOrDefault(d => d.File == MaterialsFile).Document is { } materialsDoc)
        {
            materials.ReadShared(materialsDoc.RootElement);
        }

        var items = new Dictionary<string, ServiceItem>(StringComparer.Ordinal);
        var itemSources = new Dictionary<string, (string File, string Path)>(StringComparer.Ordinal);
        ReadItemsFiles(documents, log, fields, materials, departments, templates, items, itemSources);

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
}
