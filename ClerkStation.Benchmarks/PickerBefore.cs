using ClerkStation.Infrastructure.Practice;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Benchmarks;

/// <summary>
/// The picker context's usage counts as GetPickerContext computed them before the cached counts (main at 2a0f70c):
/// a GROUP BY over 90 days of cases on every open of the intake page. Kept to compare with in the same run.
/// </summary>
public static class PickerBefore
{
    public static async Task<int> CountAsync(IServiceProvider services, string clerkId)
    {
        var since = SupervisorDatabase.Today.AddDays(-90);
        await using var db = services.GetRequiredService<ClerkDatabases>().Production.CreateDbContext();
        var counts = await db.Cases.AsNoTracking()
            .Where(c => c.AcceptedOn >= since)
            .GroupBy(c => new { c.ItemCode, Own = c.AcceptedById == clerkId })
            .Select(g => new { g.Key.ItemCode, g.Key.Own, Count = g.Count() })
            .ToListAsync();
        var usage = counts.GroupBy(c => c.ItemCode).ToDictionary(g => g.Key, g => g.Sum(c => c.Own ? c.Count * 3 : c.Count), StringComparer.Ordinal);
        _ = await db.ClerkFavourites.AsNoTracking().Where(f => f.UserId == clerkId).Select(f => f.Code).ToListAsync();
        return usage.Count;
    }
}
