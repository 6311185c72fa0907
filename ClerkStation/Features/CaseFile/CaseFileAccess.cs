namespace ClerkStation.Features.CaseFile;

/// <summary>
/// Who may see a case's pages: a reviewer of its department, the supervisor, and the clerk who accepted it or holds it
/// at the counter. A draft's pages only the clerk (or village agent) who attached them. Everyone else is told nothing exists.
/// </summary>
internal static class CaseFileAccess
{
    public static async Task<bool> MaySeeCaseAsync(ClerkDbContext db, Actor actor, Guid caseId, CancellationToken ct)
    {
        var owner = await db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new { c.DepartmentCode, c.AcceptedById, c.AssignedClerkId }).FirstOrDefaultAsync(ct);
        return owner is not null && (actor.IsIn(StaffRole.Supervisor)
            || (actor.IsIn(StaffRole.Reviewer) && actor.Serves(owner.DepartmentCode))
            || ((actor.IsIn(StaffRole.Clerk) || actor.IsIn(StaffRole.Trainee)) && (owner.AcceptedById == actor.UserId || owner.AssignedClerkId == actor.UserId)));
    }

    /// <remarks>
    /// A village agent keeps seeing the pages they photographed (the resident's authorization letter, the materials) after
    /// the counter made a case of them, and nothing else of that case.
    /// </remarks>
    public static async Task<bool> MaySeeAsync(ClerkDbContext db, Actor actor, MaterialPage page, CancellationToken ct) =>
        page.CaseId is { } caseId ? (actor.IsIn(StaffRole.Agent) && page.UploadedBy == actor.UserId) || await MaySeeCaseAsync(db, actor, caseId, ct)
            : page.UploadedBy == actor.UserId || (actor.IsIn(StaffRole.Clerk) && await db.PreApplications.AnyAsync(a => a.Id == page.SubmissionKey, ct));
}
