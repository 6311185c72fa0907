namespace ClerkStation.Features.CaseFile;

/// <summary>What the clerk does to a page of a draft: take it out, or move it one place earlier or later.</summary>
public enum PageArrangement
{
    Delete,
    MoveEarlier,
    MoveLater,
}

/// <summary>
/// Deletes or moves a page of the clerk's own undecided application; the material's pages are renumbered 1…n. The file
/// itself stays until the sweeper finds no row naming it (another page may share it).
/// </summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee, StaffRole.Agent)]
public sealed record ArrangeDraftPage(Guid PageId, PageArrangement Arrangement) : ICommand<bool>, IAuditTarget
{
    public string? AuditTarget => PageId.ToString("N");
}

public sealed class ArrangeDraftPageHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser)
    : ICommandHandler<ArrangeDraftPage, bool>
{
    public async ValueTask<bool> Handle(ArrangeDraftPage command, CancellationToken cancellationToken)
    {
        var clerk = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var pages = db.Set<MaterialPage>();
        var counter = clerk.IsIn(StaffRole.Clerk);
        var page = await pages.FirstOrDefaultAsync(p => p.Id == command.PageId && p.CaseId == null
            && (p.UploadedBy == clerk.UserId || (counter && db.PreApplications.Any(a => a.Id == p.SubmissionKey))), cancellationToken);
        if (page is null)
        {
            return false;
        }

        var siblings = await pages.Where(p => p.SubmissionKey == page.SubmissionKey && p.MaterialCode == page.MaterialCode && p.CaseId == null)
            .OrderBy(p => p.PageOrder).ToListAsync(cancellationToken);
        var index = siblings.IndexOf(page);
        siblings.RemoveAt(index);
        switch (command.Arrangement)
        {
            case PageArrangement.Delete:
                pages.Remove(page);
                break;
            case PageArrangement.MoveEarlier:
                siblings.Insert(Math.Max(0, index - 1), page);
                break;
            case PageArrangement.MoveLater:
                siblings.Insert(Math.Min(siblings.Count, index + 1), page);
                break;
        }

        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].PageOrder = i + 1;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
