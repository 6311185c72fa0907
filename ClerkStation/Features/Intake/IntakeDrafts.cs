namespace ClerkStation.Features.Intake;

/// <summary>The two writes on drafts: the save as the clerk types and the delete in the decision's transaction.</summary>
internal static class IntakeDrafts
{
    /// <summary>
    /// Inserts or updates the draft in one statement; false when its submission key is already decided. Quoted names and
    /// the time as its stored text keep the statement the same on SQLite and PostgreSQL.
    /// </summary>
    public static async Task<bool> UpsertAsync(ClerkDbContext db, FormDraft draft, CancellationToken ct)
    {
        var rows = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "FormDrafts" ("CenterId", "UserId", "SubmissionKey", "TargetCode", "ApplicantJson", "FormDataJson", "MaterialsJson", "UpdatedAt")
            SELECT {db.InsertCenter}, {draft.UserId}, {draft.SubmissionKey}, {draft.TargetCode}, {draft.ApplicantJson}, {draft.FormDataJson}, {draft.MaterialsJson}, {LocalTimeText.ToText(draft.UpdatedAt)}
            WHERE NOT EXISTS (SELECT 1 FROM "IntakeSubmissions" WHERE "Key" = {draft.SubmissionKey})
            ON CONFLICT ("UserId", "SubmissionKey") DO UPDATE SET
                "TargetCode" = excluded."TargetCode", "ApplicantJson" = excluded."ApplicantJson", "FormDataJson" = excluded."FormDataJson",
                "MaterialsJson" = excluded."MaterialsJson", "UpdatedAt" = excluded."UpdatedAt"
            """,
            ct);
        return rows > 0;
    }

    /// <summary>The draft goes, and with it the pages no case took (a refusal, a notice, a discard); a case's pages stay.</summary>
    public static async Task<int> DeleteAsync(ClerkDbContext db, string userId, Guid submissionKey, CancellationToken ct)
    {
        await CaseFile.MaterialPages.DeleteUnlinkedAsync(db, userId, submissionKey, ct);
        return await db.FormDrafts.Where(d => d.UserId == userId && d.SubmissionKey == submissionKey).ExecuteDeleteAsync(ct);
    }
}
