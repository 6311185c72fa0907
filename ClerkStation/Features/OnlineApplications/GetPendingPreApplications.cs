using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Features.BackOffice;
using ClerkStation.Infrastructure.Catalog;

namespace ClerkStation.Features.OnlineApplications;

/// <summary>One line of the counter's 网上申请 list: masked applicant, the item, the channel and how long it has waited.</summary>
public sealed record PendingPreApplication(
    Guid Id, string Number, string ApplicantName, string MaskedIdNumber, string TargetCode, LocalizedText? TargetName, Channel Channel,
    string ClientName, DateTimeOffset SubmittedAt);

/// <summary>
/// The pre-applications waiting for the counter, oldest first, filtered by the applicant's ID number or name or the
/// pre-application's number. Clerks only: pre-applications live in production, never in a practice workspace.
/// </summary>
[AllowedRoles(StaffRole.Clerk)]
public sealed record GetPendingPreApplications(string? Search = null) : IQuery<IReadOnlyList<PendingPreApplication>>;

public sealed class GetPendingPreApplicationsHandler(IDbContextFactory<ClerkDbContext> dbFactory, CatalogStore store)
    : IQueryHandler<GetPendingPreApplications, IReadOnlyList<PendingPreApplication>>
{
    public const int Limit = 200;

    public async ValueTask<IReadOnlyList<PendingPreApplication>> Handle(GetPendingPreApplications query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // The applicant is a JSON column: the waiting list is short, so it is filtered here rather than in SQL.
        var pending = await db.PreApplications.AsNoTracking()
            .Where(p => p.Status == PreApplicationStatus.Submitted)
            .OrderBy(p => p.Number) // WS + day + sequence: oldest first
            .ToListAsync(cancellationToken);
        var search = query.Search?.Trim() ?? string.Empty;
        return pending
            .Where(p => search.Length == 0
                || p.Number.Contains(search, StringComparison.OrdinalIgnoreCase)
                || p.Applicant.IdNumber.Contains(search, StringComparison.OrdinalIgnoreCase)
                || p.Applicant.Name.Contains(search, StringComparison.Ordinal))
            .Take(Limit)
            .Select(p => new PendingPreApplication(p.Id, p.Number, GetDepartmentQueueHandler.MaskName(p.Applicant.Name), p.Applicant.MaskedIdNumber,
                p.TargetCode, store.FindTarget(p.TargetCode)?.Name, p.Channel, p.ClientName, p.SubmittedAt))
            .ToList();
    }
}
