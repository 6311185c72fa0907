using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.ItemSearch;

/// <summary>How often each item was accepted here lately (the clerk's own use counts triple) and the clerk's favourites.</summary>
public sealed record PickerContext(IReadOnlyDictionary<string, int> Usage, IReadOnlySet<string> Favourites);

[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record GetPickerContext : IQuery<PickerContext>;

public sealed class GetPickerContextHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, CenterClock clock)
    : IQueryHandler<GetPickerContext, PickerContext>
{
    private const int RecentDays = 90;
    private const int OwnUseWeight = 3;

    public async ValueTask<PickerContext> Handle(GetPickerContext query, CancellationToken cancellationToken)
    {
        var clerk = await currentUser.RequireAsync();
        var since = clock.Today.AddDays(-RecentDays);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.Cases.AsNoTracking()
            .Where(c => c.AcceptedOn >= since)
            .GroupBy(c => new { c.ItemCode, Own = c.AcceptedById == clerk.UserId })
            .Select(g => new { g.Key.ItemCode, g.Key.Own, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var usage = counts
            .GroupBy(c => c.ItemCode)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Own ? c.Count * OwnUseWeight : c.Count), StringComparer.Ordinal);
        var favourites = await db.ClerkFavourites.AsNoTracking().Where(f => f.UserId == clerk.UserId).Select(f => f.Code).ToListAsync(cancellationToken);
        return new PickerContext(usage, favourites.ToHashSet(StringComparer.Ordinal));
    }
}
