using System.Text.RegularExpressions;
using ClerkStation.Domain.Cases;

namespace ClerkStation.Features.CaseFile;

/// <summary>A page as the counter and the review page list it.</summary>
public sealed record MaterialPageView(Guid Id, string MaterialCode, int PageOrder, string ContentType, long Size, DateTimeOffset UploadedAt, bool IsNew)
{
    /// <summary>Pages of a PDF (1 for an image).</summary>
    public int Sheets { get; init; } = 1;

    public bool IsPdf => ContentType == "application/pdf";

    public static MaterialPageView From(MaterialPage p) => new(p.Id, p.MaterialCode, p.PageOrder, p.ContentType, p.Size, p.UploadedAt, p.FromSupplement) { Sheets = p.SheetCount };
}

/// <summary>The codes of the case file's problems; the UI shows "CaseFile.Problem.{code}".</summary>
public static class CaseFileCodes
{
    public const string UnknownType = "unknown-type";
    public const string TooLarge = "too-large";
    public const string CaseTooLarge = "case-too-large";
    public const string Empty = "empty";
    public const string Undecodable = "undecodable";
    public const string AlreadyDecided = "already-decided";
    public const string UnknownMaterial = "unknown-material";
    public const string NotFound = "not-found";
    public const string NoSupplementRequested = "no-supplement-requested";

    public static readonly IReadOnlyList<string> All =
        [UnknownType, TooLarge, CaseTooLarge, Empty, Undecodable, AlreadyDecided, UnknownMaterial, NotFound, NoSupplementRequested];
}

/// <summary>Rows of the case file, shared by the slice's handlers.</summary>
public static partial class MaterialPages
{
    public static bool IsMaterialCode(string? code) => code is not null && MaterialCodePattern().IsMatch(code);

    /// <summary>The validators' rule for a material code sent with a page.</summary>
    public static IReadOnlyList<Infrastructure.Pipeline.ValidationProblem> CheckCode(string? code) =>
        IsMaterialCode(code) ? [] : [new Infrastructure.Pipeline.ValidationProblem("material", CaseFileCodes.UnknownMaterial)];

    /// <summary>
    /// In the decision's transaction: the application's pages move to the case that asks for their material (the
    /// first case for a material no part names). Set-based, so the draft clean-up that follows sees them linked.
    /// </summary>
    public static async Task AttachToCasesAsync(ClerkDbContext db, Guid submissionKey, string clerkId, IReadOnlyList<Case> cases, CancellationToken ct)
    {
        if (cases.Count == 0)
        {
            return;
        }

        var pages = OfApplication(db, submissionKey, clerkId, counter: true);
        if (!await pages.AnyAsync(ct))
        {
            return; // no page was scanned for this application (the usual case): one read instead of an update per case
        }

        foreach (var @case in cases)
        {
            var codes = @case.Materials.Select(m => m.Code).ToList();
            var id = @case.Id;
            await pages.Where(p => codes.Contains(p.MaterialCode)).ExecuteUpdateAsync(s => s.SetProperty(p => p.CaseId, id), ct);
        }

        var first = cases[0].Id;
        await pages.ExecuteUpdateAsync(s => s.SetProperty(p => p.CaseId, first), ct);
    }

    /// <summary>With the draft: pages of an application that no case took (discarded, refused, notice only).</summary>
    public static Task<int> DeleteUnlinkedAsync(ClerkDbContext db, string clerkId, Guid submissionKey, CancellationToken ct) =>
        OfApplication(db, submissionKey, clerkId, counter: true).ExecuteDeleteAsync(ct);

    /// <summary>
    /// The not-yet-decided pages of an application that <paramref name="userId"/> may hold: those they attached, and at
    /// the counter (<paramref name="counter"/>) also those a village agent sent with a pre-application (whose id is then
    /// the submission key), so the clerk who opens it sees, adds to and accepts them.
    /// </summary>
    public static IQueryable<MaterialPage> OfApplication(ClerkDbContext db, Guid submissionKey, string userId, bool counter) =>
        db.Set<MaterialPage>().Where(p => p.SubmissionKey == submissionKey && p.CaseId == null
            && (p.UploadedBy == userId || (counter && db.PreApplications.Any(a => a.Id == submissionKey))));

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex MaterialCodePattern();
}
