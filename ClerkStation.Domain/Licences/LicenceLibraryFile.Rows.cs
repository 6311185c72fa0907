using System.Globalization;
using System.Text.Json;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms.Checks;
using ClerkStation.Domain.Json;
using C = ClerkStation.Domain.Licences.LicenceRowProblemCodes;

namespace ClerkStation.Domain.Licences;

/// <summary>One row of the file: its fields read, then checked against the catalog's licence type, its holder and its dates.</summary>
public static partial class LicenceLibraryFile
{
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
