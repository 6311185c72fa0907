using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.ItemSearch;

/// <summary>How often each item was accepted here lately (the clerk's own use counts triple) and the clerk's favourites.</summary>
/// <see cref="Offered"/>: the items the center offers (null: every item of the catalog, ADR 0025).
public sealed record PickerContext(IReadOnlyDictionary<string, int> Usage, IReadOnlySet<string> Favourites, IReadOnlySet<string>? Offered = null);

[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record GetPickerContext : IQuery<PickerContext>;

public sealed class GetPickerContextHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, CenterClock clock, ItemUsageCounts usageCounts, Workspace workspace)
    : IQueryHandler<GetPickerContext, PickerContext>
{
    private const int RecentDays = 90;
    private const int OwnUseWeight = 3;

    public async ValueTask<PickerContext> Handle(GetPickerContext query, CancellationToken cancellationToken)
    {
        var clerk = await currentUser.RequireAsync();
        var today = clock.Today;
        var counts = await usageCounts.SinceAsync(dbFactory, today.AddDays(-RecentDays), today, keepPastDays: !workspace.IsPractice, cancellationToken);
        var usage = counts
            .GroupBy(c => c.ItemCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.AcceptedById == clerk.UserId ? c.Count * OwnUseWeight : c.Count), StringComparer.Ordinal);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var favourites = await db.ClerkFavourites.AsNoTracking().Where(f => f.UserId == clerk.UserId).Select(f => f.Code).ToListAsync(cancellationToken);
        return new PickerContext(usage, favourites.ToHashSet(StringComparer.Ordinal), await CenterItemOffer.OfferedAsync(db, cancellationToken));
    }
}
