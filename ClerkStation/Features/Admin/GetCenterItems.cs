namespace ClerkStation.Features.Admin;

/// <summary>The items of the shared catalog the admin's center offers; empty means every item (ADR 0025).</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record GetCenterItems : IQuery<IReadOnlyList<string>>;

public sealed class GetCenterItemsHandler(IDbContextFactory<ClerkDbContext> dbFactory) : IQueryHandler<GetCenterItems, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(GetCenterItems query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CenterItems.AsNoTracking().OrderBy(i => i.ItemCode).Select(i => i.ItemCode).ToListAsync(cancellationToken);
    }
}
