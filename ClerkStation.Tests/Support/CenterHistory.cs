using ClerkStation.Domain.Centers;
using ClerkStation.Domain.Ratings;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Infrastructure.Seeding;

namespace ClerkStation.Tests.Support;

/// <summary>Demo history of the default center and the <see cref="TestCenters"/>, written once per test app (the kept-day tests).</summary>
public static class CenterHistory
{
    public static readonly int[] Centers = [Center.DefaultId, TestCenters.Gaoting, TestCenters.Taohua, TestCenters.Shenjiamen];
    private static readonly SemaphoreSlim Writing = new(1, 1);
    private static readonly HashSet<(ClerkAppFactory, string)> Done = [];

    /// <summary>From 45 days before <paramref name="today"/> to it; <paramref name="clerks"/> accept, each center its own character.</summary>
    public static async Task EnsureAsync(ClerkAppFactory app, DateOnly today, DateTimeOffset now, string tag, int seed, Func<int, int> casesPerDay, IReadOnlyList<Actor> clerks, CancellationToken ct)
    {
        await Writing.WaitAsync(ct);
        try
        {
            if (!Done.Add((app, tag)))
            {
                return;
            }

            await TestCenters.EnsureAsync(app, ct);
            var catalog = app.Services.GetRequiredService<CatalogStore>().Catalog;
            var calendar = app.Services.GetRequiredService<CalendarService>().Current;
            var reviewers = catalog.Departments.ToDictionary(d => d.Code, d => Actor.Create("rev-" + d.Code, "审批员", [StaffRole.Reviewer], [d.Code]), StringComparer.Ordinal);
            foreach (var center in Centers)
            {
                await using var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(ct);
                db.CenterScope = center;
                var staff = new DemoStaff(clerks.Select(c => c.InCenter(center)).ToList(), reviewers, Actors.Supervisor.InCenter(center));
                var builder = new DemoHistoryBuilder(catalog, calendar, staff, new RectificationPolicy(2, 15), seed + center)
                {
                    Now = now, CasesPerDay = casesPerDay(center), NumberTag = tag + center,
                };
                await DemoHistoryWriter.WriteAsync(db, builder.Build(today.AddDays(-45), today), ct: ct);
            }
        }
        finally
        {
            Writing.Release();
        }
    }
}
