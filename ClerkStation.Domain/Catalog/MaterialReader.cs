using System.Text.Json;
using System.Text.RegularExpressions;
using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Catalog;

/// <summary>
/// Reads materials for <see cref="CatalogLoader"/>: the shared definitions of materials.json, and each item's list of
/// references to them (<c>"id-card"</c>, or <c>{ "use": "id-card", …overrides }</c>) and item-local materials.
/// After every item is read, <see cref="ReportUnused"/> names shared materials no item references.
/// </summary>
internal sealed partial class MaterialReader(ProblemLog log, FieldReader fields, IEnumerable<string> licenceTypes)
{
    public const string File = "materials.json";

    /// <summary>What a reference may override: every property of a material except its code.</summary>
    internal static readonly string[] Overridable = ["name", "form", "copies", "required", "requiredWhen", "eLicense", "licence", "commitment", "note"];

    private static readonly string[] LocalProperties = ["code", .. Overridable];

    private static readonly Dictionary<string, MaterialForm> Forms = new()
    {
        ["original"] = MaterialForm.Original,
        ["copy"] = MaterialForm.Copy,
        ["originalAndCopy"] = MaterialForm.OriginalAndCopy,
        ["electronic"] = MaterialForm.Electronic,
    };

    private readonly Dictionary<string, (MaterialRequirement Material, string Path)> _shared = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly HashSet<string> _licenceTypes = new(licenceTypes, StringComparer.Ordinal);

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex MaterialCode();

    public void ReadShared(JsonElement rootElement)
    {
        log.File = File;
        var root = JsonObjectReader.Open(rootElement, "$", log, "materials.json", "$schema", "materials");
        foreach (var (element, path) in root?.Array("materials", required: true) ?? [])
        {
            log.Code = JsonObjectReader.Peek(element, "code");
            var reader = JsonObjectReader.Open(element, path, log, "a shared material", LocalProperties);
            if (reader is null)
            {
                continue;
            }

            if (reader.Has("requiredWhen"))
            {
                log.Add(reader.PathOf("requiredWhen"), "requiredWhen names an item's form fields: set it where an item references the material");
            }

            if (ReadLocal(reader) is { } material && !_shared.TryAdd(material.Code, (material, path)))
            {
                log.Add(reader.PathOf("code"), $"duplicate shared material code '{material.Code}'");
            }
        }

        log.Code = null;
    }

    /// <summary>Every shared material no item references is a problem: it is either a typo'd code or dead data.</summary>
    public void ReportUnused()
    {
        foreach (var (code, (_, path)) in _shared.Where(s => !_used.Contains(s.Key)))
        {
            log.Add(File, code, $"{path}.code", $"shared material '{code}' is used by no item: reference it from an item or remove it");
        }
    }

    // A full definition (shared, or local to one item); requiredWhen is the caller's business.
    private MaterialRequirement? ReadLocal(JsonObjectReader reader)
    {
        var code = reader.String("code", required: true, MaterialCode());
        var name = reader.Text("name", required: true, englishRequired: true);
        var form = reader.Enum("form", required: true, Forms);
        var copies = reader.Int("copies", required: false, min: 1) ?? 1;
        var required = reader.Bool("required", required: true);
        var eLicense = reader.Bool("eLicense", required: false);
        var commitment = reader.Bool("commitment", required: false);
        var licence = LicenceOf(reader);
        var note = reader.Text("note", required: false, englishRequired: false);
        return code is null || name is null || form is null
            ? null
            : new MaterialRequirement
            {
                Code = code,
                Name = name,
                Form = form.Value,
                Copies = copies,
                Required = required,
                ELicense = eLicense,
                LicenceType = licence,
                Commitment = commitment,
                Note = note,
            };
    }

    // The licence type that can replace the material (免提交): one of licence-types.json.
    private string? LicenceOf(JsonObjectReader reader)
    {
        var code = reader.String("licence", required: false);
        if (code is not null && !_licenceTypes.Contains(code))
        {
            var hint = JsonObjectReader.Suggest(code, _licenceTypes);
            log.Add(reader.PathOf("licence"), $"unknown licence type '{code}': not a licence type of licence-types.json" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"));
            return null;
        }

        return code;
    }
}
