using ClerkStation.Domain.Staff;
using ClerkStation.Features.ItemSearch;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using static ClerkStation.Tests.Features.Supervisor.SupervisorTestKit;

namespace ClerkStation.Tests.Features.ItemSearch;

/// <summary>
/// The picker's usage counts keep the days before today counted once a day (ItemUsageCounts); the ranking must stay
/// exactly what the 90-day GROUP BY over every case gave, before and after more cases are accepted today.
/// </summary>
public sealed class PickerContextTests(FixedClockAppFactory app) : IClassFixture<FixedClockAppFactory>
{
    private static readonly DateTimeOffset Now = FixedClockAppFactory.Now;

    [Fact]
    public async Task Usage_counts_and_ranking_equal_the_90_day_count_over_every_case_as_cases_arrive_today()
    {
        // Boundaries: 91 days ago is out, 90 days ago is in; own cases count triple.
        var days = new[] { 0, 1, 2, 30, 89, 90, 91, 200 };
        var items = new[] { "RS-002", "MZ-012", "MZ-001", "RS-001", "GA-001" };
        var rows = new List<object>();
        for (var i = 0; i < 60; i++)
        {
            var clerk = i % 3 == 0 ? Actors.Clerk2 : Actors.Clerk;
            rows.Add(NewCase(clerk, "rs", Now.AddDays(-days[i % days.Length]), promisedDays: 0, item: items[i * 7 % items.Length]));
        }
        await SaveAsync(app, [.. rows]);

        foreach (var clerk in new[] { Actors.Clerk, Actors.Clerk2 })
        {
            await AssertSameAsRecount(clerk);
        }

        // Today's acceptances reach the counts at once (only earlier days are kept), and earlier days are not recounted wrong.
        await SaveAsync(app, NewCase(Actors.Clerk2, "rs", Now, promisedDays: 0, item: "GA-001"), NewCase(Actors.Clerk2, "rs", Now, promisedDays: 0, item: "GA-001"),
            NewCase(Actors.Clerk, "rs", Now.AddHours(-1), promisedDays: 0, item: "MZ-999"));
        foreach (var clerk in new[] { Actors.Clerk, Actors.Clerk2 })
        {
            await AssertSameAsRecount(clerk);
        }
    }

    private async Task AssertSameAsRecount(Actor clerk)
    {
        var context = await app.SendAsync(clerk, new GetPickerContext());
        var expected = await RecountAsync(clerk.UserId);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), context.Usage.OrderBy(p => p.Key, StringComparer.Ordinal));

        var search = app.Services.GetRequiredService<CatalogSearch>();
        foreach (var query in new[] { "", "变更", "bg" })
        {
            Assert.Equal(
                search.Search(query, null, expected, context.Favourites).Select(c => c.Code),
                search.Search(query, null, context.Usage, context.Favourites).Select(c => c.Code));
        }
    }

    /// <summary>The counts as the handler computed them before they were kept: one GROUP BY over 90 days of cases.</summary>
    private async Task<Dictionary<string, int>> RecountAsync(string clerkId)
    {
        var since = DateOnly.FromDateTime(Now.DateTime).AddDays(-90);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync();
        var counts = await db.Cases.AsNoTracking()
            .Where(c => c.AcceptedOn >= since)
            .GroupBy(c => new { c.ItemCode, Own = c.AcceptedById == clerkId })
            .Select(g => new { g.Key.ItemCode, g.Key.Own, Count = g.Count() })
            .ToListAsync();
        return counts.GroupBy(c => c.ItemCode).ToDictionary(g => g.Key, g => g.Sum(c => c.Own ? c.Count * 3 : c.Count), StringComparer.Ordinal);
    }
}
