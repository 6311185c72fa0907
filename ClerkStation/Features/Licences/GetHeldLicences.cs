using ClerkStation.Domain.Licences;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;

namespace ClerkStation.Features.Licences;

/// <summary>A licence as the counter and the reviewer see it, with its state on the center's day.</summary>
public sealed record LicenceView(
    Guid Id, string TypeCode, Domain.Catalog.LocalizedText TypeName, string Number, string HolderId, string HolderName,
    DateOnly IssuedOn, DateOnly? ValidUntil, LicenceState State, LicenceSource Source)
{
    public bool IsUsable => State == LicenceState.Valid;

    public static LicenceView Of(Licence licence, Domain.Catalog.Catalog catalog, DateOnly today) => new(
        licence.Id, licence.TypeCode, catalog.FindLicenceType(licence.TypeCode)?.Name ?? new(licence.TypeCode, licence.TypeCode),
        licence.Number, licence.HolderId, licence.HolderName, licence.IssuedOn, licence.ValidUntil, licence.StateOn(today), licence.Source);
}

/// <summary>At intake, once the applicant is identified: every licence the library holds for them (valid, expired or revoked).</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record GetHeldLicences(string HolderId) : IQuery<IReadOnlyList<LicenceView>>;

public sealed class GetHeldLicencesHandler(IDbContextFactory<ClerkDbContext> dbFactory, CatalogStore store, CenterClock clock)
    : IQueryHandler<GetHeldLicences, IReadOnlyList<LicenceView>>
{
    public async ValueTask<IReadOnlyList<LicenceView>> Handle(GetHeldLicences query, CancellationToken cancellationToken)
    {
        var holder = (query.HolderId ?? string.Empty).Trim().ToUpperInvariant();
        if (holder.Length == 0)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var licences = await db.Licences.AsNoTracking().Where(l => l.HolderId == holder).ToListAsync(cancellationToken);
        var today = clock.Today;
        return licences.Select(l => LicenceView.Of(l, store.Catalog, today))
            .OrderBy(l => l.State).ThenBy(l => l.TypeCode, StringComparer.Ordinal).ThenByDescending(l => l.IssuedOn).ToList();
    }
}
