using System.Text.Json;
using ClerkStation.Domain.Centers;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Statistics;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Practice;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Statistics;

/// <summary>
/// What the kept-days statistics tests share over one app with a fixed clock (ADR 0030): six weeks of demo history at
/// four centers, one center's database, and the check that the supervisor's report equals the plain GROUP BY.
/// </summary>
public abstract class StatisticsDailyFiguresTestBase(FixedClockAppFactory app) : IClassFixture<FixedClockAppFactory>
{
    protected static readonly DateOnly Today = DateOnly.FromDateTime(FixedClockAppFactory.Now.DateTime);
    protected static readonly int[] Centers = [Center.DefaultId, TestCenters.Gaoting, TestCenters.Taohua, TestCenters.Shenjiamen];

    protected FixedClockAppFactory App => app;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected async Task<StatisticsReport> AssertSameAsPlainAsync(int center, StatisticsFilter filter)
    {
        var kept = await app.SendAsync(Actors.Supervisor.InCenter(center), m => m.Send(new GetStatistics(filter), Ct));

        var plain = await StatisticsQueries.LoadAsync(ProductionOf(center), filter, app.Services.GetRequiredService<CalendarService>().Current, Today, Ct,
            app.Services.GetRequiredService<CatalogStore>().Catalog);
        Assert.Equal(JsonSerializer.Serialize(plain), JsonSerializer.Serialize(kept));
        return kept;
    }

    protected IDbContextFactory<ClerkDbContext> ProductionOf(int center) => new OneCenter(app.Services.GetRequiredService<ClerkDatabases>().Production, center);

    protected Task SeedAsync() =>
        CenterHistory.EnsureAsync(app, Today, FixedClockAppFactory.Now, "S", 200, center => 12 + (4 * center),
            [Actors.Clerk, Actor.Create("test-clerk-2", "测试受理员二", [StaffRole.Clerk])], Ct);

    private sealed class OneCenter(IDbContextFactory<ClerkDbContext> inner, int center) : IDbContextFactory<ClerkDbContext>
    {
        public ClerkDbContext CreateDbContext()
        {
            var db = inner.CreateDbContext();
            db.CenterScope = center;
            return db;
        }
    }
}
