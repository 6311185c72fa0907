using ClerkStation.Domain.Cases;
using ClerkStation.Infrastructure.Practice;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Benchmarks;

/// <summary>
/// The reads as the handlers made them before this change (main at 2a0f70c), kept to compare with in the same run:
/// the picker's 90-day GROUP BY on every open, and the queue and the counter loading whole cases with their events.
/// </summary>
public static class ReadsBefore
{
    internal static readonly CaseStatus[] Open = [CaseStatus.Routed, CaseStatus.InReview, CaseStatus.SupplementRequested, CaseStatus.Suspended];
    internal static readonly CaseStatus[] Waiting = [CaseStatus.ReadyForDelivery, CaseStatus.SupplementRequested];

    public static async Task<int> PickerAsync(IServiceProvider services, string clerkId)
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

    public static async Task<int> QueueAsync(IServiceProvider services, string department)
    {
        await using var db = services.GetRequiredService<ClerkDatabases>().Production.CreateDbContext();
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.DepartmentCode == department && Open.Contains(c.Status))
            .OrderBy(c => c.DueDate)
            .Take(500)
            .ToListAsync();
        var policy = new DeadlinePolicy(2);
        var calendar = SupervisorDatabase.Calendar;
        return cases.Select(c => (c.Applicant.MaskedIdNumber, c.RemainingWorkingDays(SupervisorDatabase.Today, calendar), c.LightOn(SupervisorDatabase.Today, calendar, policy))).Count();
    }

    public static async Task<int> FollowUpsAsync(IServiceProvider services, string clerkId)
    {
        await using var db = services.GetRequiredService<ClerkDatabases>().Production.CreateDbContext();
        var mine = await db.Cases.AsNoTracking()
            .Where(c => c.AssignedClerkId == clerkId && Waiting.Contains(c.Status))
            .OrderBy(c => c.Number)
            .Take(300)
            .ToListAsync();
        var bundleIds = mine.Where(c => c.BundleId != null).Select(c => c.BundleId).Distinct().ToList();
        if (bundleIds.Count > 0)
        {
            _ = await db.Cases.AsNoTracking().Where(c => bundleIds.Contains(c.BundleId)).OrderBy(c => c.Number).ToListAsync();
        }
        return mine.Count;
    }
}
