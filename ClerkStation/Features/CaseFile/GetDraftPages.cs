namespace ClerkStation.Features.CaseFile;

/// <summary>The pages the clerk has attached to the application being filled in (restored with its draft).</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee, StaffRole.Agent)]
public sealed record GetDraftPages(Guid SubmissionKey) : IQuery<IReadOnlyList<MaterialPageView>>;

/// <summary>
/// An application's pages as the checklist loaded them in one query, for every material's editor at once: an editor
/// uses them only while they are of its own application (<see cref="Key"/>), and queries again after its own changes.
/// </summary>
public sealed record DraftPageSet(Guid Key, IReadOnlyList<MaterialPageView> Pages);

public sealed class GetDraftPagesHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser)
    : IQueryHandler<GetDraftPages, IReadOnlyList<MaterialPageView>>
{
    public async ValueTask<IReadOnlyList<MaterialPageView>> Handle(GetDraftPages query, CancellationToken cancellationToken)
    {
        var clerk = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pages = await MaterialPages.OfApplication(db, query.SubmissionKey, clerk.UserId, clerk.IsIn(StaffRole.Clerk)).AsNoTracking()
            .OrderBy(p => p.MaterialCode).ThenBy(p => p.PageOrder).ToListAsync(cancellationToken);
        return pages.Select(MaterialPageView.From).ToList();
    }
}
