using ClerkStation.Domain.Staff;
using ClerkStation.Features.City;
using ClerkStation.Features.Statistics;
using ClerkStation.Features.Supervisor;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Practice;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ClerkStation.Benchmarks;

/// <summary>
/// `CLERK_BENCH_POSTGRES="Host=…;Username=…" -- city [iterations]`: the city deployment on PostgreSQL beside the embedded
/// SQLite default, same data, same run (issue 13, docs/performance/city.md). The 1,000,000-case file is poured into
/// PostgreSQL (<see cref="BenchCopy"/>); a second copy of each spreads cases, ratings and follow-ups over 36
/// centers (≈ 27,800 cases each) for the city comparison and the accept path. Floor + statistics run on the one-center
/// million, as the supervisor probe does.
/// </summary>
public static class CityProbe
{
    internal const int CenterCount = 36;
    private static readonly Actor CityOffice = Actor.Create("bench-city", "基准市政务服务办", [StaffRole.CitySupervisor]);

    public static async Task RunAsync(int iterations)
    {
        var server = Environment.GetEnvironmentVariable("CLERK_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("Set CLERK_BENCH_POSTGRES to a PostgreSQL server (Host=127.0.0.1;Port=5432;Username=postgres).");
        var million = SupervisorDatabase.Ensure();
        var pgMillion = await CityDatabases.PourOnceAsync(million, server, "clerk_bench_1m");
        var sqliteCity = SupervisorDatabase.WorkingCopy("city-36");
        var pgCity = await CityDatabases.TemplateCopyAsync(server, "clerk_bench_1m", "clerk_bench_city");
        CityDatabases.Time("spread over 36 centers, SQLite", () => CityDatabases.Spread(new SqliteConnection($"Data Source={sqliteCity}"), "rowid"));
        CityDatabases.Time("spread over 36 centers, PostgreSQL", () => CityDatabases.Spread(new NpgsqlConnection(pgCity), "abs(hashtext(\"Id\"::text))"));

        Console.WriteLine($"\n{iterations} iterations each, {Samples.LoadAverage()}");
        Console.WriteLine("| what | engine | calls | p50 ms | p90 ms | p99 ms | max ms | CPU p50 ms | CPU p99 ms |\n|---|---|---:|---:|---:|---:|---:|---:|---:|");
        var rows = new List<(string What, string Engine, Samples Samples)>();
        foreach (var (engine, oneCenter, city) in new[] { ("SQLite", Sqlite(million), Sqlite(sqliteCity)), ("PostgreSQL", Postgres(pgMillion), Postgres(pgCity)) })
        {
            rows.Add(("floor + statistics (30 days), 1,000,000 cases", engine, await FloorAndStatisticsAsync(oneCenter, iterations)));
            var (first30, kept30) = await CityComparisonAsync(city, iterations, 29);
            rows.Add(("city comparison, 36 centers, 30 days", engine, kept30));
            rows.Add(("city comparison, 36 centers, 30 days, first open after start", engine, first30));
            var (first365, kept365) = await CityComparisonAsync(city, iterations, 364);
            rows.Add(("city comparison, 36 centers, 365 days", engine, kept365));
            rows.Add(("city comparison, 36 centers, 365 days, first open after start", engine, first365));
            var (instant, promised) = await AcceptAsync(city, iterations);
            rows.Add(("accept, instant item (RS-002)", engine, instant));
            rows.Add(("accept, promised item (MZ-012)", engine, promised));
        }

        foreach (var (what, engine, samples) in rows.OrderBy(r => r.What, StringComparer.Ordinal))
        {
            Console.WriteLine(samples.Row(what).Replace($"| {what} |", $"| {what} | {engine} |", StringComparison.Ordinal));
        }
        Console.WriteLine(Samples.LoadAverage());
    }

    private static IReadOnlyDictionary<string, string?> Sqlite(string path) => new Dictionary<string, string?> { ["ConnectionStrings:Clerk"] = $"Data Source={path}" };

    private static IReadOnlyDictionary<string, string?> Postgres(string connection) => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "PostgreSQL",
        ["ConnectionStrings:Clerk"] = connection,
        ["ConnectionStrings:Practice"] = DatabaseSettings.PracticeOf(connection),
    };

    private static async Task<Samples> FloorAndStatisticsAsync(IReadOnlyDictionary<string, string?> settings, int iterations)
    {
        await using var app = BenchApp.Build(SupervisorDatabase.PathFor(SupervisorDatabase.TargetCases), () => null, settings: settings);
        var factory = app.Services.GetRequiredService<ClerkDatabases>().Production;
        var (today, calendar) = (SupervisorDatabase.Today, SupervisorDatabase.Calendar);
        return await RepeatAsync(iterations, async () =>
        {
            await FloorQueries.LoadAsync(factory, today, calendar, SupervisorDatabase.Policy);
            await StatisticsQueries.LoadAsync(factory, new StatisticsFilter(today.AddDays(-29), today), calendar, today);
            return 0;
        });
    }

    /// <summary>The first open after a start counts the closed days (ADR 0029); the timed ones after it read them kept.</summary>
    private static async Task<(Samples First, Samples Kept)> CityComparisonAsync(IReadOnlyDictionary<string, string?> settings, int iterations, int days)
    {
        await using var app = BenchApp.Build(SupervisorDatabase.PathFor(SupervisorDatabase.TargetCases), () => CityOffice, settings: settings);
        var today = SupervisorDatabase.Today;
        var first = new Samples();
        await first.TimeAsync(Compare);
        return (first, await RepeatAsync(iterations, Compare));

        async Task<int> Compare()
        {
            await using var scope = app.Services.CreateAsyncScope();
            var centers = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetCityComparison(today.AddDays(-days), today));
            var busy = centers.Count(c => c.Accepted > 0);
            return busy == CenterCount ? busy
                : throw new InvalidOperationException($"the comparison saw {busy} of {CenterCount} centers with cases");
        }
    }

    private static async Task<(Samples Instant, Samples Promised)> AcceptAsync(IReadOnlyDictionary<string, string?> settings, int iterations)
    {
        await using var app = BenchApp.Build(SupervisorDatabase.PathFor(SupervisorDatabase.TargetCases), () => AcceptProbe.Clerk, settings: settings);
        await using var scope = app.Services.CreateAsyncScope(); // one scope, like one circuit
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var (instant, promised) = (new Samples(), new Samples());
        for (var i = -5; i < iterations * 3; i++) // 5 warm-up pairs; 3× the calls of the read rows
        {
            var (a, b) = i < 0 ? (new Samples(), new Samples()) : (instant, promised);
            await a.TimeAsync(async () => await mediator.Send(AcceptProbe.Instant()));
            await b.TimeAsync(async () => await mediator.Send(AcceptProbe.Promised()));
        }
        return (instant, promised);
    }

    private static async Task<Samples> RepeatAsync(int iterations, Func<Task<int>> run)
    {
        for (var i = 0; i < 3; i++)
        {
            await run();
        }
        var samples = new Samples();
        for (var i = 0; i < iterations; i++)
        {
            await samples.TimeAsync(run);
        }
        return samples;
    }
}
