using ClerkStation.Domain.Json;
using C = ClerkStation.Domain.Licences.LicenceRowProblemCodes;

namespace ClerkStation.Domain.Licences;

/// <summary>One row of a licence library file, checked.</summary>
public sealed record LicenceRow(string TypeCode, string Number, string HolderId, string HolderName, DateOnly IssuedOn, DateOnly? ValidUntil, LicenceStatus Status);

/// <summary>
/// The provincial licence library's export, as ClerkStation imports it (seed-data/licences/library.json, or an admin
/// upload): <c>{ "licences": [ { "type", "number", "holderId", "holderName", "issued", "validUntil", "status" } ] }</c>.
/// Read with the shared JSON toolkit (strict UTF-8, lenient JSON, unknown / duplicate / missing / wrong-type reported at
/// their JSON path); every row is checked against the catalog's licence types; good rows import even when others are reported.
/// </summary>
public static partial class LicenceLibraryFile
{
    /// <summary>The name a problem carries when the caller names no file.</summary>
    public const string DefaultFileName = "library.json";

    private static readonly string[] Fields = ["type", "number", "holderId", "holderName", "issued", "validUntil", "status"];

    /// <summary>A file as stored or uploaded: an invalid UTF-8 byte is one problem of the whole file (row 0).</summary>
    public static (IReadOnlyList<LicenceRow> Rows, IReadOnlyList<LicenceRowProblem> Problems) Parse(
        byte[] content, Catalog.Catalog catalog, DateOnly today, string fileName = DefaultFileName)
    {
        var log = new ProblemLog { File = fileName };
        return JsonFile.Decode(content, log) is { } json ? Parse(json, catalog, today, fileName) : ([], [.. log.Problems.Select(p => From(p, 0))]);
    }

    public static (IReadOnlyList<LicenceRow> Rows, IReadOnlyList<LicenceRowProblem> Problems) Parse(
        string json, Catalog.Catalog catalog, DateOnly today, string fileName = DefaultFileName)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var rows = new List<LicenceRow>();
        var problems = new List<LicenceRowProblem>();
        var log = new ProblemLog { File = fileName };
        using var document = JsonFile.Parse(json, log);
        var root = document is null ? null : JsonObjectReader.Open(document.RootElement, "$", log, "a licence library file", "$schema", "$comment", "//", "licences");
        var list = root?.Array("licences", required: true) ?? [];
        problems.AddRange(log.Problems.Select(p => From(p, 0)));

        var seen = new HashSet<(string, string)>();
        var index = 0;
        foreach (var (element, path) in list)
        {
            index++;
            var before = problems.Count;
            var row = ReadRow(new RowContext(element, path, index, fileName, problems), catalog, today);
            if (row is not null && !seen.Add((row.TypeCode, row.Number)))
            {
                problems.Add(Problem(index, $"{path}.number", fileName, C.Duplicate, $"licence '{row.Number}' of type '{row.TypeCode}' appears twice in the file", row.Number, row.TypeCode));
            }
            else if (row is not null && problems.Count == before)
            {
                rows.Add(row);
            }
        }

        return (rows, problems);
    }
}
