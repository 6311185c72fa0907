using System.Diagnostics;
using ClerkStation.Features.City;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Statistics;

/// <summary>
/// Counts the kept days once in the background after a start (ADR 0030), so the first open of /city or of a statistics
/// page reads kept days instead of paying the GROUP BY: the city's last <see cref="CityYear"/> closed days and each
/// center's closed days of the statistics page's default range. The app answers at once; a request that comes while
/// warming runs waits for the day it needs (the kept figures count one span at a time) and is as correct as ever.
/// Off with <c>KeptDays:WarmAtStart=false</c> (the tests, which write history after the start).
/// </summary>
public sealed class KeptDaysWarmUp(
    ClerkDatabases databases, CenterClocks clocks, CalendarService calendars, CatalogStore store, CityDailyFigures city,
    StatisticsDailyFigures statistics, IConfiguration configuration, ILogger<KeptDaysWarmUp> logger) : BackgroundService
{
    public const int CityYear = 365;
    private const int StatisticsDays = 30;

    public Task Warmed => _warmed.Task;

    private readonly TaskCompletionSource _warmed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // the host goes on starting
        try
        {
            if (configuration.GetValue("KeptDays:WarmAtStart", true))
            {
                await WarmAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Kept days not warmed; the first open counts them");
        }
        finally
        {
            _warmed.TrySetResult();
        }
    }

    /// <summary>Counts the days the first opens would count.</summary>
    public async Task WarmAsync(CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var production = databases.Production;
        List<int> centers;
        await using (var db = await production.CreateDbContextAsync(ct))
        {
            centers = await db.Centers.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        }

        var firstOpen = centers.Count == 0 ? clocks.Default.Today : centers.Min(id => clocks.For(id).Today);
        await city.ClosedDaysAsync(production, calendars.Current, firstOpen.AddDays(-CityYear), firstOpen.AddDays(-1), ct);
        foreach (var center in centers)
        {
            var today = clocks.For(center).Today;
            await statistics.ClosedDaysAsync(new OneCenterDbContextFactory(production, center), store.Catalog, today.AddDays(1 - StatisticsDays), today.AddDays(-1), ct);
        }

        logger.LogInformation("Kept days warmed for {Centers} centers in {Ms} ms", centers.Count, (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
