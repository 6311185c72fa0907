using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Intake;

/// <summary>
/// One thing the applicant must bring or correct: a material, a form field, or a line the clerk wrote. Composed lines
/// carry a stable <see cref="ProblemCode"/> with <see cref="Args"/> that the UI words in the reader's language; free
/// lines (and records from before codes) carry their words in <see cref="Problem"/>.
/// </summary>
public sealed record NoticeLine(NoticeLineKind Kind, string Code, LocalizedText Name, LocalizedText Problem)
{
    public string? ProblemCode { get; init; }

    public IReadOnlyDictionary<string, string>? Args { get; init; }

    /// <summary>A line the clerk typed: the whole text is the line.</summary>
    public static NoticeLine Free(string code, string text) =>
        new(NoticeLineKind.Free, code, new LocalizedText(text.Trim(), text.Trim()), LocalizedText.Empty);
}

public enum NoticeLineKind
{
    Material,
    Field,
    Free,
}

/// <summary>The stable problem codes of composed notice lines.</summary>
public static class NoticeCodes
{
    /// <summary>A required material not provided in an allowed way; args: <c>forms</c> (allowed statuses, comma-separated), <c>copies</c>.</summary>
    public const string Material = "notice.material";

    /// <summary>A value the applicant gave is wrong; args: <c>error</c> (the field error code) and the error's own args.</summary>
    public const string FieldFaulty = "notice.fieldFaulty";

    /// <summary>Information still blank; offered to the clerk, not put on the notice unless chosen.</summary>
    public const string FieldMissing = "notice.fieldMissing";

    /// <summary>A material or field line the domain does not propose for this application (a stale page or a forged request).</summary>
    public const string LineNotProposed = "notice.lineNotProposed";

    /// <summary>A line the clerk typed is longer than <see cref="NoticeSettlement.FreeLineMaxLength"/> characters.</summary>
    public const string FreeLineTooLong = "notice.freeLineTooLong";
}
