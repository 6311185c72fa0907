namespace ClerkStation.Features.CaseFile;

/// <summary>案卷: a case's pages in material and page order; empty for a case the actor may not see.</summary>
[AllowedRoles(StaffRole.Reviewer, StaffRole.Supervisor, StaffRole.Clerk, StaffRole.Trainee)]
public sealed record GetCaseFile(string Number) : IQuery<IReadOnlyList<MaterialPageView>>;

public sealed class GetCaseFileHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser)
    : IQueryHandler<GetCaseFile, IReadOnlyList<MaterialPageView>>
{
    public async ValueTask<IReadOnlyList<MaterialPageView>> Handle(GetCaseFile query, CancellationToken cancellationToken)
    {
        var actor = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var caseId = await db.Cases.Where(c => c.Number == query.Number).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (caseId is not { } id || !await CaseFileAccess.MaySeeCaseAsync(db, actor, id, cancellationToken))
        {
            return [];
        }

        var pages = await db.Set<MaterialPage>().AsNoTracking().Where(p => p.CaseId == id)
            .OrderBy(p => p.MaterialCode).ThenBy(p => p.PageOrder).ToListAsync(cancellationToken);
        return pages.Select(MaterialPageView.From).ToList();
    }
}
