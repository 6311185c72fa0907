using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Licences;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Events;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.Licences;

/// <summary>
/// An approved case of an issuing item (残疾人证新办, 个体工商户设立登记 …; licence-types.json <c>issuedBy</c>) gives the
/// applicant the licence, held from then on as an e-licence. An instant item issues on completion at the counter.
/// Idempotent: a replayed event finds the licence of the case already there.
/// </summary>
public sealed class IssueLicencesOnApproval(
    IDbContextFactory<ClerkDbContext> dbFactory, CatalogStore store, CenterClock clock, IOptions<CenterOptions> center, ILogger<IssueLicencesOnApproval> logger)
    : DomainEventHandler<CaseChanged>
{
    protected override async ValueTask HandleAsync(CaseChanged domainEvent, CancellationToken cancellationToken)
    {
        var approved = domainEvent.Type == CaseEventType.Approved
            || (domainEvent.Type == CaseEventType.Completed && domainEvent.Kind == ItemKind.Instant);
        // Most items issue no licence: then there is nothing to load (the accept of an instant item pays no extra read).
        if (!approved || (domainEvent.ItemCode is { } itemCode && !store.Catalog.LicencesIssuedBy(itemCode).Any()))
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == domainEvent.CaseId, cancellationToken);
        if (@case.Outcome == CaseOutcome.Denied)
        {
            return;
        }

        var issued = await db.Licences.Where(l => l.CaseNumber == @case.Number).Select(l => l.TypeCode).ToListAsync(cancellationToken);
        foreach (var type in store.Catalog.LicencesIssuedBy(@case.ItemCode).Where(t => !issued.Contains(t.Code)))
        {
            var licence = Issue(type, @case);

            // A type and number is one licence: a second approval that would give the same number (the same person's
            // 残疾人证 of the same category and grade) leaves the licence already held as it is instead of issuing it twice.
            if (await db.Licences.AnyAsync(l => l.TypeCode == licence.TypeCode && l.Number == licence.Number, cancellationToken))
            {
                logger.LogWarning("Case {Case}: licence {Type} {Number} is already held; not issued again", @case.Number, licence.TypeCode, licence.Number);
                continue;
            }

            db.Licences.Add(licence);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private Licence Issue(LicenceType type, Case @case)
    {
        var now = clock.Now;
        var today = clock.Today;
        var data = FormData.FromJson(@case.FormDataJson);
        var (number, holderId, holderName) = type.Holder == ApplicantKind.Enterprise
            ? (LicenceNumbers.SoleProprietorCreditCode(center.Value.AreaCode, @case.Id), (string?)null, data.Get("businessName"))
            : (type.Code == "disability"
                ? LicenceNumbers.Disability(@case.Applicant.IdNumber, data.Get("disabilityCategory"), data.Get("expectedLevel"))
                : $"{center.Value.CasePrefix}{type.Code.ToUpperInvariant()}{@case.Number}", @case.Applicant.IdNumber, @case.Applicant.Name);

        // A business licence is held under its own credit code, which is also its number.
        return Licence.Create(
            type.Code, number, holderId ?? number, string.IsNullOrWhiteSpace(holderName) ? @case.Applicant.Name : holderName,
            today, type.ValidityYears is { } years ? today.AddYears(years).AddDays(-1) : null,
            LicenceStatus.Valid, LicenceSource.Issued, @case.Number, now);
    }
}
