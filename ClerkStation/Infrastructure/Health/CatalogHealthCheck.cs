using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Catalog;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClerkStation.Infrastructure.Health;

/// <summary>Reports what catalog the center is serving (the app does not start with a broken one).</summary>
internal sealed class CatalogHealthCheck(CatalogStore store, CalendarService calendars) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var catalog = store.Catalog;
        var data = new Dictionary<string, object>
        {
            ["items"] = catalog.ItemCount,
            ["departments"] = catalog.DepartmentCount,
            ["bundles"] = catalog.BundleCount,
            ["calendarYears"] = string.Join(",", calendars.Current.ExplicitYears),
            ["loadedAt"] = store.LoadedAt.ToString("O"),
        };
        var description = $"catalog ok: {catalog.ItemCount} items, {catalog.DepartmentCount} departments, {catalog.BundleCount} bundles";
        return Task.FromResult(HealthCheckResult.Healthy(description, data));
    }
}
