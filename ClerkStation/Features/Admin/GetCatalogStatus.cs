using ClerkStation.Domain.Catalog;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Catalog;

namespace ClerkStation.Features.Admin;

public sealed record DepartmentStatus(Department Department, int Items, int Instant, int Promised);

public sealed record CatalogStatus(string Folder, DateTimeOffset LoadedAt, int Items, int Departments, int Bundles, IReadOnlyList<int> CalendarYears, IReadOnlyList<DepartmentStatus> ByDepartment);

/// <summary>The catalog the center is serving: it was validated at start-up (a broken one stops the app).</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record GetCatalogStatus : IQuery<CatalogStatus>;

public sealed class GetCatalogStatusHandler(CatalogStore store, CalendarService calendars) : IQueryHandler<GetCatalogStatus, CatalogStatus>
{
    public ValueTask<CatalogStatus> Handle(GetCatalogStatus query, CancellationToken cancellationToken)
    {
        var catalog = store.Catalog;
        var byDepartment = catalog.Departments
            .Select(d =>
            {
                var items = catalog.ItemsOf(d.Code).ToList();
                return new DepartmentStatus(d, items.Count, items.Count(i => i.Kind == ItemKind.Instant), items.Count(i => i.Kind == ItemKind.Promised));
            })
            .ToList();
        return ValueTask.FromResult(new CatalogStatus(store.Folder, store.LoadedAt, catalog.ItemCount, catalog.DepartmentCount, catalog.BundleCount,
            calendars.Current.ExplicitYears.ToList(), byDepartment));
    }
}
