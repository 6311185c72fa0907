using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.CaseFile;

/// <summary>A page's file on disk, for the file endpoint to stream.</summary>
public sealed record PageFile(string Path, string ContentType, string DownloadName);

/// <summary>
/// Opens a page's file (or its thumbnail) for someone who may see it; null for everyone else and for a page that does
/// not exist, so a guessed address reveals nothing. Each full view is written to the audit trail ("ViewCaseFile").
/// </summary>
[AllowedRoles(StaffRole.Reviewer, StaffRole.Supervisor, StaffRole.Clerk, StaffRole.Trainee, StaffRole.Agent)]
public sealed record OpenMaterialPage(Guid PageId, bool Thumbnail) : ICommand<PageFile?>, IAuditTarget
{
    public const string ViewCaseFile = "ViewCaseFile";

    public string? AuditTarget => PageId.ToString("N");
}

public sealed class OpenMaterialPageHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, CaseFileStore store, Workspace workspace, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<OpenMaterialPage, PageFile?>
{
    public async ValueTask<PageFile?> Handle(OpenMaterialPage command, CancellationToken cancellationToken)
    {
        // The handler writes its own row (a full view, with the material and page), thumbnails none.
        CommandAudit.Unchanged();
        var actor = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var page = await db.Set<MaterialPage>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == command.PageId, cancellationToken);
        if (page is null || !await CaseFileAccess.MaySeeAsync(db, actor, page, cancellationToken))
        {
            return null;
        }

        var root = store.RootFor(workspace.Current);
        var path = command.Thumbnail ? CaseFileStore.ThumbnailOf(root, page.Hash) : CaseFileStore.PathOf(root, page.Hash);
        if (!File.Exists(path))
        {
            return null;
        }

        if (!command.Thumbnail)
        {
            var number = page.CaseId is { } caseId ? await db.Cases.Where(c => c.Id == caseId).Select(c => c.Number).FirstAsync(cancellationToken) : "draft";
            AuditTrail.Add(db, actor, OpenMaterialPage.ViewCaseFile, number, time.GetUtcNow(), detail: $"{page.MaterialCode} p{page.PageOrder} {page.Id:N}");
            await db.SaveChangesAsync(cancellationToken);
        }

        var extension = command.Thumbnail ? "jpg" : PageContent.Extension(page.ContentType);
        return new PageFile(path, command.Thumbnail ? "image/jpeg" : page.ContentType, $"page-{page.PageOrder}.{extension}");
    }
}
