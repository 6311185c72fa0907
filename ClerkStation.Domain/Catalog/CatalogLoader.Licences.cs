using System.Text.Json;
using System.Text.RegularExpressions;
using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Catalog;

/// <summary>licence-types.json: the licence types (证照类型) materials may name and items may issue.</summary>
public static partial class CatalogLoader
{
    public const string LicenceTypesFile = "licence-types.json";

    private static readonly Dictionary<string, ApplicantKind> Holders = new()
    {
        ["person"] = ApplicantKind.Person,
        ["enterprise"] = ApplicantKind.Enterprise,
    };

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex LicenceTypeCode();

    /// <summary>Reads the types into <paramref name="types"/>; returns every code seen, valid or not, so that a material naming a broken type is not reported twice.</summary>
    private static HashSet<string> ReadLicenceTypes(JsonElement rootElement, ProblemLog log, Dictionary<string, (LicenceType Type, string Path)> types)
    {
        log.File = LicenceTypesFile;
        var root = JsonObjectReader.Open(rootElement, "$", log, "licence-types.json", "$schema", "licenceTypes");
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (element, path) in root?.Array("licenceTypes", required: true) ?? [])
        {
            log.Code = JsonObjectReader.Peek(element, "code");
            var reader = JsonObjectReader.Open(element, path, log, "a licence type", "code", "name", "issuer", "holder", "validityYears", "issuedBy");
            if (reader is null)
            {
                continue;
            }

            var code = reader.String("code", required: true, LicenceTypeCode());
            var name = reader.Text("name", required: true, englishRequired: true);
            var issuer = reader.Text("issuer", required: true, englishRequired: true);
            var holder = reader.Enum("holder", required: true, Holders);
            var validity = reader.IsNull("validityYears") ? null : reader.Int("validityYears", required: true, min: 1);
            var issuedBy = reader.Strings("issuedBy");
            if (code is not null && !codes.Add(code))
            {
                log.Add(reader.PathOf("code"), $"duplicate licence type code '{code}'");
            }
            else if (code is not null && name is not null && issuer is not null && holder is not null)
            {
                types[code] = (new LicenceType { Code = code, Name = name, Issuer = issuer, Holder = holder.Value, ValidityYears = validity, IssuedBy = issuedBy }, path);
            }
        }

        log.Code = null;
        return codes;
    }

    /// <summary>Every item an issuing list names must exist, and issue to the kind of holder the licence is for.</summary>
    private static void CheckIssuers(ProblemLog log, Dictionary<string, (LicenceType Type, string Path)> types, Dictionary<string, ServiceItem> items)
    {
        log.File = LicenceTypesFile;
        foreach (var (code, (type, path)) in types)
        {
            log.Code = code;
            for (var i = 0; i < type.IssuedBy.Count; i++)
            {
                var itemPath = $"{path}.issuedBy[{i}]";
                if (!items.TryGetValue(type.IssuedBy[i], out var item))
                {
                    var hint = JsonObjectReader.Suggest(type.IssuedBy[i], items.Keys);
                    log.Add(itemPath, $"unknown item '{type.IssuedBy[i]}' issues licence type '{code}'" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"));
                }
                else if (item.Applicant == ApplicantKind.Enterprise && type.Holder == ApplicantKind.Person)
                {
                    log.Add(itemPath, $"item '{item.Code}' is for enterprises and cannot issue the personal licence type '{code}'");
                }
            }
        }

        log.Code = null;
    }
}
