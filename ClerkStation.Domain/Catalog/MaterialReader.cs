using System.Text.Json;
using System.Text.RegularExpressions;
using ClerkStation.Domain.Forms;
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

    /// <summary>An item's materials, references resolved; <paramref name="form"/> is the item's expanded form.</summary>
    public IReadOnlyList<MaterialRequirement> ReadItemMaterials(JsonObjectReader item, FormDefinition form)
    {
        var materials = new List<MaterialRequirement>();
        var keys = form.Fields.GroupBy(f => f.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (element, path) in item.Array("materials", required: true))
        {
            var (material, codePath, requiredWhenPath) = element.ValueKind switch
            {
                JsonValueKind.String => (Reference(element.GetString()!, path, null), path, path),
                JsonValueKind.Object when element.TryGetProperty("use", out _) => ReadReference(element, path),
                _ => ReadItemLocal(element, path),
            };
            if (material is null)
            {
                continue;
            }

            if (material.RequiredWhen is not null)
            {
                if (material.Required)
                {
                    log.Add(requiredWhenPath, "requiredWhen has no effect on a material with required: true");
                }

                fields.CheckReferences(material.RequiredWhen, keys, requiredWhenPath, log.File, log.Code);
            }

            if (materials.Exists(m => m.Code == material.Code))
            {
                log.Add(codePath, $"duplicate material code '{material.Code}'");
                continue;
            }

            materials.Add(material);
        }

        return materials;
    }

    /// <summary>Every shared material no item references is a problem: it is either a typo'd code or dead data.</summary>
    public void ReportUnused()
    {
        foreach (var (code, (_, path)) in _shared.Where(s => !_used.Contains(s.Key)))
        {
            log.Add(File, code, $"{path}.code", $"shared material '{code}' is used by no item: reference it from an item or remove it");
        }
    }

    private (MaterialRequirement?, string CodePath, string RequiredWhenPath) ReadReference(JsonElement element, string path)
    {
        var code = JsonObjectReader.Peek(element, "use");
        var reader = JsonObjectReader.Open(element, path, log, "a material reference", ["use", .. Overridable], name => name == "code"
            ? "a reference takes its code from 'use': remove 'code'"
            : $"material '{code}' has no field '{name}' to override (a reference may override: {string.Join(", ", Overridable)})");
        var use = reader?.String("use", required: true, MaterialCode());
        if (reader is null || use is null)
        {
            return (null, path, path);
        }

        var material = Reference(use, reader.PathOf("use"), reader);
        return (material, reader.PathOf("use"), reader.PathOf("requiredWhen"));
    }

    private MaterialRequirement? Reference(string code, string path, JsonObjectReader? overrides)
    {
        if (!_shared.TryGetValue(code, out var shared))
        {
            var hint = JsonObjectReader.Suggest(code, _shared.Keys);
            log.Add(path, $"unknown material '{code}': not a shared material of {File}" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"));
            return null;
        }

        _used.Add(code);
        if (overrides is null)
        {
            return shared.Material;
        }

        var material = shared.Material;
        return material with
        {
            Name = overrides.Text("name", required: false, englishRequired: true) ?? material.Name,
            Form = overrides.Enum("form", required: false, Forms) ?? material.Form,
            Copies = overrides.Int("copies", required: false, min: 1) ?? material.Copies,
            Required = overrides.Bool("required", required: false, fallback: material.Required),
            RequiredWhen = fields.ReadCondition(overrides, "requiredWhen"),
            ELicense = overrides.Bool("eLicense", required: false, fallback: material.ELicense),
            LicenceType = overrides.IsNull("licence") ? null : LicenceOf(overrides) ?? material.LicenceType,
            Commitment = overrides.Bool("commitment", required: false, fallback: material.Commitment),
            Note = overrides.IsNull("note") ? null : overrides.Text("note", required: false, englishRequired: false) ?? material.Note,
        };
    }

    private (MaterialRequirement?, string CodePath, string RequiredWhenPath) ReadItemLocal(JsonElement element, string path)
    {
        var reader = JsonObjectReader.Open(element, path, log, "a material", LocalProperties);
        if (reader is null)
        {
            return (null, path, path);
        }

        var material = ReadLocal(reader);
        var requiredWhen = fields.ReadCondition(reader, "requiredWhen");
        if (material is not null && _shared.ContainsKey(material.Code))
        {
            log.Add(reader.PathOf("code"), $"'{material.Code}' is a shared material of {File}: write \"{material.Code}\" or {{ \"use\": \"{material.Code}\", … }} with what differs");
            return (null, path, path);
        }

        return (material is null ? null : material with { RequiredWhen = requiredWhen }, reader.PathOf("code"), reader.PathOf("requiredWhen"));
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
