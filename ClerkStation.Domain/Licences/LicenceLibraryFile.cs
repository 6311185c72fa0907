using System.Globalization;
using System.Text.Json;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms.Checks;
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

    /// <summary>One row being read: where it is, and the list its problems go to.</summary>
    private sealed record RowContext(JsonElement Element, string Path, int Row, string File, List<LicenceRowProblem> Problems)
    {
        public void Add(string field, string code, string message, params string[] args) =>
            Problems.Add(Problem(Row, $"{Path}.{field}", File, code, message, args));
    }

    private static LicenceRow? ReadRow(RowContext row, Catalog.Catalog catalog, DateOnly today)
    {
        var log = new ProblemLog { File = row.File };
        var entry = JsonObjectReader.Open(row.Element, row.Path, log, "a licence", Fields);
        string? Text(string name, bool required) => entry?.String(name, required)?.Trim();

        DateOnly? Day(string name, bool required)
        {
            var text = Text(name, required);
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            row.Add(name, C.NotADate, $"'{text}' is not a date (yyyy-MM-dd)", text);
            return null;
        }

        var typeCode = Text("type", required: true);
        var number = Text("number", required: true);
        var holderId = Text("holderId", required: true)?.ToUpperInvariant();
        var holderName = Text("holderName", required: true);
        var issued = Day("issued", required: true);
        var until = Day("validUntil", required: false);
        var statusText = Text("status", required: false);
        row.Problems.AddRange(log.Problems.Select(p => From(p, row.Row)));
        if (entry is null)
        {
            return null;
        }

        var type = typeCode is null ? null : catalog.FindLicenceType(typeCode);
        if (typeCode is not null && type is null)
        {
            var known = string.Join(", ", catalog.LicenceTypes.Select(t => t.Code));
            row.Add("type", C.UnknownType, $"unknown licence type '{typeCode}' (known: {known})", typeCode, known);
        }

        LicenceStatus? status = (statusText ?? "valid") switch { "valid" => LicenceStatus.Valid, "revoked" => LicenceStatus.Revoked, _ => null };
        if (status is null)
        {
            row.Add("status", C.Status, $"'{statusText}' is not valid or revoked", statusText!);
        }

        if (holderId is not null && type is not null)
        {
            CheckHolder(row, holderId, type.Holder, today);
        }

        if (issued is { } from && until is { } to && to < from)
        {
            row.Add("validUntil", C.ValidUntilBeforeIssued, $"{to:yyyy-MM-dd} is before the issue date {from:yyyy-MM-dd}", Iso(to), Iso(from));
        }

        if (issued > today)
        {
            row.Add("issued", C.IssuedInFuture, $"{issued:yyyy-MM-dd} is in the future", Iso(issued.Value));
        }

        return type is null || number is null || holderId is null || holderName is null || issued is null || status is null
            ? null
            : new LicenceRow(type.Code, number, holderId, holderName, issued.Value, until, status.Value);
    }

    private static void CheckHolder(RowContext row, string holderId, ApplicantKind holder, DateOnly today)
    {
        var error = holder == ApplicantKind.Enterprise ? UnifiedCreditCode.Validate(holderId).ErrorCode : ResidentIdNumber.Validate(holderId, today).ErrorCode;
        if (error is not null)
        {
            row.Add("holderId", holder == ApplicantKind.Enterprise ? C.CreditCode : C.PersonId,
                $"'{holderId}' is not a valid {(holder == ApplicantKind.Enterprise ? "unified social credit code" : "resident ID number")} ({error})", holderId);
        }
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
