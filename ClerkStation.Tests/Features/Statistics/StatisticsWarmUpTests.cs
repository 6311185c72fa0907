using ClerkStation.Features.Statistics;

namespace ClerkStation.Tests.Features.Statistics;

/// <summary>
/// Warming the kept days at start (ADR 0030): each center's closed days and the city's year are kept, and a statistics
/// request made while warming runs still equals the plain GROUP BY.
/// </summary>
public sealed class StatisticsWarmUpTests(FixedClockAppFactory app) : StatisticsDailyFiguresTestBase(app)
{
    [Fact]
    public async Task Warming_at_start_keeps_each_centers_closed_days_and_the_city_year_and_a_statistics_request_still_equals_the_range_query()
    {
        await SeedAsync();
        var warmUp = App.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<KeptDaysWarmUp>().Single();
        var statistics = App.Services.GetRequiredService<StatisticsDailyFigures>();
        var city = App.Services.GetRequiredService<ClerkStation.Features.City.CityDailyFigures>();

        await App.Services.GetRequiredService<ClerkStation.Infrastructure.Realtime.LiveUpdates>()
            .PublishAsync(new ClerkStation.Infrastructure.Realtime.LiveChange(ClerkStation.Infrastructure.Realtime.LiveUpdates.CalendarTopic));
        Assert.Equal(0, statistics.KeptDayCount); // what the other tests kept is forgotten
        Assert.Equal(0, city.KeptDayCount); // no test of this class opens the city comparison

        // A request while warming runs waits for the days it needs and gets the same report.
        var warming = Task.Run(() => warmUp.WarmAsync(Ct), Ct);
        var during = Task.Run(() => AssertSameAsPlainAsync(TestCenters.Gaoting, new StatisticsFilter(Today.AddDays(-29), Today)), Ct);
        await Task.WhenAll(warming, during);

        Assert.True(statistics.KeptDayCount >= Centers.Length * 29, $"{statistics.KeptDayCount} center days kept");
        Assert.True(city.KeptDayCount >= KeptDaysWarmUp.CityYear, $"{city.KeptDayCount} city days kept");
        foreach (var center in Centers)
        {
            await AssertSameAsPlainAsync(center, new StatisticsFilter(Today.AddDays(-29), Today));
        }
    }
}
