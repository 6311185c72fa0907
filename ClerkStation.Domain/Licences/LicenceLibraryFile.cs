using System.Globalization;
using System.Text.Json;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms.Checks;
using C = ClerkStation.Domain.Licences.LicenceRowProblemCodes;

namespace ClerkStation.Domain.Licences;

/// <summary>One row of a licence library file, checked.</summary>
public sealed record LicenceRow(string TypeCode, string Number, string HolderId, string HolderName, DateOnly IssuedOn, DateOnly? ValidUntil, LicenceStatus Status);

/// <summary>
/// The provincial licence library's export, as ClerkStation imports it (seed-data/licences/library.json, or an admin
/// upload): <c>{ "licences": [ { "type", "number", "holderId", "holderName", "issued", "validUntil", "status" } ] }</c>.
/// Every row is checked against the catalog's licence types; good rows import even when others are reported.
/// </summary>
public static class LicenceLibraryFile
{
    private static readonly string[] Fields = ["type", "number", "holderId", "holderName", "issued", "validUntil", "status"];

    public static (IReadOnlyList<LicenceRow> Rows, IReadOnlyList<LicenceRowProblem> Problems) Parse(string json, Catalog.Catalog catalog, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var rows = new List<LicenceRow>();
        var problems = new List<LicenceRowProblem>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            problems.Add(Problem(0, "$", C.Json, $"not valid JSON (line {e.LineNumber + 1}): {e.Message.Split('.')[0]}", Number((e.LineNumber ?? 0) + 1)));
            return (rows, problems);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("licences", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                problems.Add(Problem(0, "licences", C.Shape, "expected an object with a 'licences' array"));
                return (rows, problems);
            }

            var seen = new HashSet<(string, string)>();
            var index = 0;
            foreach (var element in list.EnumerateArray())
            {
                index++;
                var before = problems.Count;
                var row = ReadRow(element, index, catalog, today, problems);
                if (row is not null && !seen.Add((row.TypeCode, row.Number)))
                {
                    problems.Add(Problem(index, "number", C.Duplicate, $"licence '{row.Number}' of type '{row.TypeCode}' appears twice in the file", row.Number, row.TypeCode));
                }
                else if (row is not null && problems.Count == before)
                {
                    rows.Add(row);
                }
            }
        }

        return (rows, problems);
    }

    private static LicenceRow? ReadRow(JsonElement element, int row, Catalog.Catalog catalog, DateOnly today, List<LicenceRowProblem> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(Problem(row, "$", C.NotAnObject, "expected an object"));
            return null;
        }

        foreach (var unknown in element.EnumerateObject().Select(p => p.Name).Where(n => !Fields.Contains(n)))
        {
            problems.Add(Problem(row, unknown, C.UnknownField, $"unknown field (expected: {string.Join(", ", Fields)})", string.Join(", ", Fields)));
        }

        string? Text(string name, bool required)
        {
            var value = element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()?.Trim() : null;
            if (required && string.IsNullOrEmpty(value))
            {
                problems.Add(Problem(row, name, C.Required, "required"));
            }

            return string.IsNullOrEmpty(value) ? null : value;
        }

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

            problems.Add(Problem(row, name, C.NotADate, $"'{text}' is not a date (yyyy-MM-dd)", text));
            return null;
        }

        var typeCode = Text("type", required: true);
        var type = typeCode is null ? null : catalog.FindLicenceType(typeCode);
        if (typeCode is not null && type is null)
        {
            var known = string.Join(", ", catalog.LicenceTypes.Select(t => t.Code));
            problems.Add(Problem(row, "type", C.UnknownType, $"unknown licence type '{typeCode}' (known: {known})", typeCode, known));
        }

        var number = Text("number", required: true);
        var holderId = Text("holderId", required: true)?.ToUpperInvariant();
        var holderName = Text("holderName", required: true);
        var issued = Day("issued", required: true);
        var until = Day("validUntil", required: false);
        var statusText = Text("status", required: false) ?? "valid";
        LicenceStatus? status = statusText switch { "valid" => LicenceStatus.Valid, "revoked" => LicenceStatus.Revoked, _ => null };
        if (status is null)
        {
            problems.Add(Problem(row, "status", C.Status, $"'{statusText}' is not valid or revoked", statusText));
        }

        if (holderId is not null && type is not null)
        {
            CheckHolder(row, holderId, type.Holder, today, problems);
        }

        if (issued is { } from && until is { } to && to < from)
        {
            problems.Add(Problem(row, "validUntil", C.ValidUntilBeforeIssued, $"{to:yyyy-MM-dd} is before the issue date {from:yyyy-MM-dd}", Iso(to), Iso(from)));
        }

        if (issued > today)
        {
            problems.Add(Problem(row, "issued", C.IssuedInFuture, $"{issued:yyyy-MM-dd} is in the future", Iso(issued.Value)));
        }

        return type is null || number is null || holderId is null || holderName is null || issued is null || status is null
            ? null
            : new LicenceRow(type.Code, number, holderId, holderName, issued.Value, until, status.Value);
    }

    private static void CheckHolder(int row, string holderId, ApplicantKind holder, DateOnly today, List<LicenceRowProblem> problems)
    {
        var error = holder == ApplicantKind.Enterprise ? UnifiedCreditCode.Validate(holderId).ErrorCode : ResidentIdNumber.Validate(holderId, today).ErrorCode;
        if (error is not null)
        {
            problems.Add(Problem(row, "holderId", holder == ApplicantKind.Enterprise ? C.CreditCode : C.PersonId,
                $"'{holderId}' is not a valid {(holder == ApplicantKind.Enterprise ? "unified social credit code" : "resident ID number")} ({error})", holderId));
        }
    }

    private static LicenceRowProblem Problem(int row, string field, string code, string message, params string[] args) => new(row, field, code, args, message);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
