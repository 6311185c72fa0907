using ClerkStation.Domain.Catalog;

namespace ClerkStation.Features.Ratings;

public sealed record PendingRating(string CaseNumber, LocalizedText ItemName, string ClerkName, DateTimeOffset InvitedAt, string Token);

/// <summary>Invitations not yet used, newest first: the supervisor can show a QR code again.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record GetPendingRatings(int Take = 20) : IQuery<IReadOnlyList<PendingRating>>;

public sealed class GetPendingRatingsHandler(IDbContextFactory<ClerkDbContext> dbFactory) : IQueryHandler<GetPendingRatings, IReadOnlyList<PendingRating>>
{
    public async ValueTask<IReadOnlyList<PendingRating>> Handle(GetPendingRatings query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.ServiceRatings.AsNoTracking()
            .Where(r => r.Level == null)
            .OrderByDescending(r => r.Id)
            .Take(Math.Clamp(query.Take, 1, 200))
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PendingRating(r.CaseNumber, r.ItemName, r.ClerkName, r.InvitedAt, r.Token)).ToList();
    }
}
