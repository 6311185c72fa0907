using ClerkStation.Features.CaseFile;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;

namespace ClerkStation.Features.Licences;

/// <summary>A licence as its certificate page prints it.</summary>
public sealed record LicenceCertificate(LicenceView Licence, Domain.Catalog.LocalizedText Issuer, string CaseNumber, string? IssuingCase);

/// <summary>
/// The reviewer opens a licence used in a case's file as a rendered certificate: only a licence that case used, and only
/// for someone who may see the case (as for its pages); anything else is null, shown as not found.
/// </summary>
[AllowedRoles(StaffRole.Reviewer, StaffRole.Supervisor, StaffRole.Clerk)]
public sealed record GetLicenceCertificate(string CaseNumber, Guid LicenceId) : IQuery<LicenceCertificate?>;

public sealed class GetLicenceCertificateHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, CatalogStore store, CenterClock clock)
    : IQueryHandler<GetLicenceCertificate, LicenceCertificate?>
{
    public async ValueTask<LicenceCertificate?> Handle(GetLicenceCertificate query, CancellationToken cancellationToken)
    {
        var actor = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var use = await db.LicenceUses.AsNoTracking()
            .FirstOrDefaultAsync(u => u.CaseNumber == query.CaseNumber && u.LicenceId == query.LicenceId, cancellationToken);
        if (use is null || !await CaseFileAccess.MaySeeCaseAsync(db, actor, use.CaseId, cancellationToken))
        {
            return null;
        }

        var licence = await db.Licences.AsNoTracking().SingleAsync(l => l.Id == use.LicenceId, cancellationToken);
        var issuer = store.Catalog.FindLicenceType(licence.TypeCode)?.Issuer ?? Domain.Catalog.LocalizedText.Empty;
        return new LicenceCertificate(LicenceView.Of(licence, store.Catalog, clock.Today), issuer, use.CaseNumber, licence.CaseNumber);
    }
}
