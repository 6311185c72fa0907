namespace ClerkStation.Features.City;

public sealed record CenterRow(int Id, string Code, string Name, string County, string CasePrefix, string TimeZoneId);

/// <summary>Every center of the deployment, for the city admin's /city/centers.</summary>
[AllowedRoles(StaffRole.CityAdmin)]
public sealed record ListCenters : IQuery<IReadOnlyList<CenterRow>>;

public sealed class ListCentersHandler(IDbContextFactory<ClerkDbContext> dbFactory) : IQueryHandler<ListCenters, IReadOnlyList<CenterRow>>
{
    public async ValueTask<IReadOnlyList<CenterRow>> Handle(ListCenters query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Centers.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new CenterRow(c.Id, c.Code, c.Name, c.County, c.CasePrefix, c.TimeZoneId))
            .ToListAsync(cancellationToken);
    }
}
