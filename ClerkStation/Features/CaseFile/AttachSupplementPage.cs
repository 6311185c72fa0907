using ClerkStation.Domain.Cases;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.CaseFile;

/// <summary>
/// 补正: the applicant brought what the back office asked for; the clerk attaches its pages to the case while it waits
/// for the supplement. They are marked as new, so the reviewer sees which pages arrived with the supplement.
/// </summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record AttachSupplementPage(Guid CaseId, Stream Content, string MaterialCode = AttachSupplementPage.SupplementMaterial)
    : ICommand<MaterialPageView>, IAuditTarget
{
    /// <summary>The material code of pages brought for a supplement (the request names them in words, not codes).</summary>
    public const string SupplementMaterial = "supplement";

    public string? AuditTarget => CaseId.ToString();
}

public sealed class AttachSupplementPageHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, CaseFileStore store, Workspace workspace, ICurrentUser currentUser, CenterClock clock)
    : ICommandHandler<AttachSupplementPage, MaterialPageView>
{
    public async ValueTask<MaterialPageView> Handle(AttachSupplementPage command, CancellationToken cancellationToken)
    {
        var clerk = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Cases.Where(c => c.Id == command.CaseId).Select(c => new { c.Id, c.Number }).FirstOrDefaultAsync(cancellationToken);
        if (found is null || !await CaseFileAccess.MaySeeCaseAsync(db, clerk, found.Id, cancellationToken))
        {
            throw new InvalidPageException(CaseFileCodes.NotFound);
        }

        CommandAudit.Names(found.Number);
        var pages = db.Set<MaterialPage>();
        var slot = new PageSlot(
            p => p.CaseId == found.Id,
            command.MaterialCode,
            ct => EnsureAwaitingAsync(db, found.Id, ct),
            async (file, order, ct) =>
            {
                var key = await pages.Where(p => p.CaseId == found.Id).Select(p => (Guid?)p.SubmissionKey).FirstOrDefaultAsync(ct) ?? found.Id;
                return MaterialPage.Of(file, key, found.Id, command.MaterialCode, order, clerk, clock.Now);
            });
        return await PageAttachSteps.AttachAsync(db, store, store.RootFor(workspace.Current), command.Content, slot, cancellationToken);
    }

    private static async Task EnsureAwaitingAsync(ClerkDbContext db, Guid caseId, CancellationToken ct)
    {
        var status = await db.Cases.Where(c => c.Id == caseId).Select(c => c.Status).FirstAsync(ct);
        if (status != CaseStatus.SupplementRequested)
        {
            throw new InvalidPageException(CaseFileCodes.NoSupplementRequested);
        }
    }
}
