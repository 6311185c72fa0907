using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Licences;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;

namespace ClerkStation.Features.Licences;

/// <summary>
/// One licence on the supervisors' reminder list. A person's ID number is masked, and so is the number of a licence held
/// by a person (a 残疾人证 number is the holder's ID number plus two digits).
/// </summary>
public sealed record ExpiringLicence(
    Guid Id, string TypeCode, LocalizedText TypeName, string Number, string HolderId, string HolderName, DateOnly ValidUntil, int DaysLeft, LicenceSource Source);

public sealed record ExpiringLicences(DateOnly Today, int WithinDays, IReadOnlyList<ExpiringLicence> Rows);

/// <summary>Supervisors: the valid licences whose last valid day falls within the next <see cref="WithinDays"/> days (1–366), soonest first.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record GetExpiringLicences(int WithinDays) : IQuery<ExpiringLicences>
{
    public const int MaxDays = 366;
    public const int DefaultDays = 30;
}

public sealed class GetExpiringLicencesValidator : IRequestValidator<GetExpiringLicences>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(GetExpiringLicences message, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(ExpiringLicencesQuery.IsValidDays(message.WithinDays)
            ? []
            : [new ValidationProblem("withinDays", "licence.expiringDays", new Dictionary<string, string> { ["max"] = GetExpiringLicences.MaxDays.ToString(System.Globalization.CultureInfo.InvariantCulture) })]);
}

public sealed class GetExpiringLicencesHandler(IDbContextFactory<ClerkDbContext> dbFactory, CatalogStore store, CenterClock clock)
    : IQueryHandler<GetExpiringLicences, ExpiringLicences>
{
    public async ValueTask<ExpiringLicences> Handle(GetExpiringLicences query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ExpiringLicencesQuery.LoadAsync(db, store.Catalog, clock.Today, query.WithinDays, cancellationToken);
    }
}

/// <summary>The one query behind the reminder list and its CSV export.</summary>
public static class ExpiringLicencesQuery
{
    public static bool IsValidDays(int days) => days is >= 1 and <= GetExpiringLicences.MaxDays;

    public static async Task<ExpiringLicences> LoadAsync(ClerkDbContext db, Catalog catalog, DateOnly today, int withinDays, CancellationToken ct)
    {
        var last = today.AddDays(withinDays);
        var licences = await db.Licences.AsNoTracking()
            .Where(l => l.Status == LicenceStatus.Valid && l.ValidUntil >= today && l.ValidUntil <= last)
            .OrderBy(l => l.ValidUntil).ThenBy(l => l.TypeCode).ThenBy(l => l.Number)
            .ToListAsync(ct);
        var rows = licences.Select(l =>
        {
            var type = catalog.FindLicenceType(l.TypeCode);
            var person = type?.Holder != ApplicantKind.Enterprise;
            return new ExpiringLicence(
                l.Id, l.TypeCode, type?.Name ?? new(l.TypeCode, l.TypeCode),
                person ? PersonalDataMask.IdNumber(l.Number) : l.Number,
                person ? PersonalDataMask.IdNumber(l.HolderId) : l.HolderId,
                l.HolderName, l.ValidUntil!.Value, l.ValidUntil.Value.DayNumber - today.DayNumber, l.Source);
        }).ToList();
        return new ExpiringLicences(today, withinDays, rows);
    }
}
