using System.Globalization;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;
using Microsoft.Extensions.Localization;

namespace ClerkStation.Features.Licences;

/// <summary>
/// GET /supervisor/licences-expiring.csv?days=N — the reminder list as CSV (formula cells escaped, <see cref="SafeCsv"/>).
/// Supervisors only; a <c>days</c> that is not a whole number from 1 to 366 is refused with 400.
/// </summary>
public static class ExpiringLicencesCsv
{
    public const string Path = "/supervisor/licences-expiring.csv";

    public static string UrlFor(int days) => $"{Path}?days={days.ToString(CultureInfo.InvariantCulture)}";

    public static IEndpointRouteBuilder MapExpiringLicencesCsv(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (HttpContext http, IDbContextFactory<ClerkDbContext> dbFactory, CatalogStore store, CenterClock clock, IStringLocalizer<SharedResource> l, string? days) =>
        {
            var within = GetExpiringLicences.DefaultDays;
            if (days is not null && (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out within) || !ExpiringLicencesQuery.IsValidDays(within)))
            {
                return Results.Problem(title: l["Validation.licence.expiringDays", GetExpiringLicences.MaxDays], statusCode: StatusCodes.Status400BadRequest,
                    extensions: new Dictionary<string, object?> { ["parameter"] = "days" });
            }

            await using var db = await dbFactory.CreateDbContextAsync(http.RequestAborted);
            var list = await ExpiringLicencesQuery.LoadAsync(db, store.Catalog, clock.Today, within, http.RequestAborted);
            return Results.File(Write(list), "text/csv; charset=utf-8", $"licences-expiring-{list.Today:yyyyMMdd}-{within}d.csv");
        }).RequireAuthorization(policy => policy.RequireRole(nameof(StaffRole.Supervisor))).ActingAsSignedInStaff();
        return app;
    }

    public static byte[] Write(ExpiringLicences list) => SafeCsv.Write(record =>
    {
        record(["type", "type name", "number", "holder id", "holder name", "valid until", "days left", "source"]);
        foreach (var r in list.Rows)
        {
            record([r.TypeCode, r.TypeName.Zh, r.Number, r.HolderId, r.HolderName, r.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.DaysLeft.ToString(CultureInfo.InvariantCulture), r.Source.ToString()]);
        }
    });
}
