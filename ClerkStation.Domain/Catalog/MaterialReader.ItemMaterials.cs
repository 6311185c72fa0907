using System.Text.Json;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Catalog;

/// <summary>
/// An item's list of materials: references to shared materials (a code, or <c>{ "use": code, …overrides }</c>) resolved,
/// and item-local materials, each requiredWhen checked against the item's form.
/// </summary>
internal sealed partial class MaterialReader
{
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
}
