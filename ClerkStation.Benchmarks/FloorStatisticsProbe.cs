using ClerkStation.Features.Statistics;
using ClerkStation.Features.Supervisor;
using ClerkStation.Infrastructure.Practice;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Benchmarks;

/// <summary>
/// `[CLERK_BENCH_POSTGRES=…] -- floorstats [iterations]`: the supervisor's floor + 30-day statistics on the 1,000,000-case
/// database, timed together, with the statistics from the plain range query (before) and from kept days (after, ADR
/// 0030) in the same run, on SQLite and (when set) PostgreSQL; plus the first open after a start, which counts the days.
/// </summary>
public static class FloorStatisticsProbe
{
    public static async Task RunAsync(int iterations)
    {
        var million = SupervisorDatabase.Ensure();
        var engines = new List<(string Engine, IReadOnlyDictionary<string, string?>? Settings)> { ("SQLite", null) };
        if (Environment.GetEnvironmentVariable("CLERK_BENCH_POSTGRES") is { Length: > 0 } server)
        {
            var pg = await CityDatabases.PourOnceAsync(million, server, "clerk_bench_1m");
            engines.Add(("PostgreSQL", new Dictionary<string, string?>
            {
                ["Database:Provider"] = "PostgreSQL",
                ["ConnectionStrings:Clerk"] = pg,
                ["ConnectionStrings:Practice"] = ClerkStation.Infrastructure.Persistence.DatabaseSettings.PracticeOf(pg),
            }));
        }

        Console.WriteLine($"\n{iterations} iterations each, {Samples.LoadAverage()}");
        Console.WriteLine("| what | engine | calls | p50 ms | p90 ms | p99 ms | max ms | CPU p50 ms | CPU p99 ms |\n|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (engine, settings) in engines)
        {
            await using var app = BenchApp.Build(million, () => null, settings: settings);
            var factory = app.Services.GetRequiredService<ClerkDatabases>().Production;
            var daily = app.Services.GetRequiredService<StatisticsDailyFigures>();
            var (today, calendar) = (SupervisorDatabase.Today, SupervisorDatabase.Calendar);
            Task<StatisticsReport> Statistics(bool keep, int days) =>
                daily.LoadAsync(factory, keep, new StatisticsFilter(today.AddDays(-days + 1), today), calendar, today, null, CancellationToken.None);

            void Print(string what, Samples samples) =>
                Console.WriteLine(samples.Row(what).Replace($"| {what} |", $"| {what} | {engine} |", StringComparison.Ordinal));

            var first = new Samples();
            await first.TimeAsync(async () => (await Statistics(true, 30)).Accepted);
            Print("statistics (30 days), kept days, first open after a start", first);
            var firstYear = new Samples();
            await firstYear.TimeAsync(async () => (await Statistics(true, 365)).Accepted);
            Print("statistics (365 days), kept days, first open after a start", firstYear);

            var plain = await Statistics(false, 30);
            var kept = await Statistics(true, 30);
            if (System.Text.Json.JsonSerializer.Serialize(plain) != System.Text.Json.JsonSerializer.Serialize(kept))
            {
                throw new InvalidOperationException("the kept days gave another report than the range query");
            }

            foreach (var (what, keep) in new[] { ("floor + statistics (30 days), range query (before)", false), ("floor + statistics (30 days), kept days (after)", true) })
            {
                Print(what, await CityProbe.RepeatAsync(iterations, async () =>
                {
                    await FloorQueries.LoadAsync(factory, today, calendar, SupervisorDatabase.Policy);
                    return (await Statistics(keep, 30)).Accepted;
                }));
            }

            Print("statistics (30 days) alone, range query", await CityProbe.RepeatAsync(iterations, async () => (await Statistics(false, 30)).Accepted));
            Print("statistics (30 days) alone, kept days", await CityProbe.RepeatAsync(iterations, async () => (await Statistics(true, 30)).Accepted));
            Print("statistics (365 days), kept days", await CityProbe.RepeatAsync(iterations, async () => (await Statistics(true, 365)).Accepted));
        }

        Console.WriteLine(Samples.LoadAverage());
    }
}
