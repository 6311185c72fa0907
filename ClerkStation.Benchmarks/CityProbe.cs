using System.Diagnostics;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.City;
using ClerkStation.Features.Statistics;
using ClerkStation.Features.Supervisor;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Practice;
using Mediator;
using Microsoft.EntityFrameworkCore;
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
    private const int CenterCount = 36;
    private static readonly Actor CityOffice = Actor.Create("bench-city", "基准市政务服务办", [StaffRole.CitySupervisor]);

    public static async Task RunAsync(int iterations)
    {
        var server = Environment.GetEnvironmentVariable("CLERK_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("Set CLERK_BENCH_POSTGRES to a PostgreSQL server (Host=127.0.0.1;Port=5432;Username=postgres).");
        var million = SupervisorDatabase.Ensure();
        var pgMillion = await PourOnceAsync(million, server, "clerk_bench_1m");
        var sqliteCity = SupervisorDatabase.WorkingCopy("city-36");
        var pgCity = await TemplateCopyAsync(server, "clerk_bench_1m", "clerk_bench_city");
        Time("spread over 36 centers, SQLite", () => Spread(new SqliteConnection($"Data Source={sqliteCity}"), "rowid"));
        Time("spread over 36 centers, PostgreSQL", () => Spread(new NpgsqlConnection(pgCity), "abs(hashtext(\"Id\"::text))"));

        Console.WriteLine($"\n{iterations} iterations each, {Samples.LoadAverage()}");
        Console.WriteLine("| what | engine | calls | p50 ms | p90 ms | p99 ms | max ms | CPU p50 ms | CPU p99 ms |\n|---|---|---:|---:|---:|---:|---:|---:|---:|");
        var rows = new List<(string What, string Engine, Samples Samples)>();
        foreach (var (engine, oneCenter, city) in new[] { ("SQLite", Sqlite(million), Sqlite(sqliteCity)), ("PostgreSQL", Postgres(pgMillion), Postgres(pgCity)) })
        {
            rows.Add(("floor + statistics (30 days), 1,000,000 cases", engine, await FloorAndStatisticsAsync(oneCenter, iterations)));
            rows.Add(("city comparison, 36 centers, 30 days", engine, await CityComparisonAsync(city, iterations, 29)));
            rows.Add(("city comparison, 36 centers, 365 days", engine, await CityComparisonAsync(city, iterations, 364)));
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

    private static async Task<Samples> CityComparisonAsync(IReadOnlyDictionary<string, string?> settings, int iterations, int days)
    {
        await using var app = BenchApp.Build(SupervisorDatabase.PathFor(SupervisorDatabase.TargetCases), () => CityOffice, settings: settings);
        var today = SupervisorDatabase.Today;
        return await RepeatAsync(iterations, async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var centers = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetCityComparison(today.AddDays(-days), today));
            var busy = centers.Count(c => c.Accepted > 0);
            return busy == CenterCount ? busy
                : throw new InvalidOperationException($"the comparison saw {busy} of {CenterCount} centers with cases");
        });
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

    private static string Database(string server, string name) => new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;

    /// <summary>
    /// The SQLite file's rows, poured once into a PostgreSQL database made by the app's migrations (<see cref="BenchCopy"/>);
    /// built under another name and renamed, so an interrupted build is never measured.
    /// (`copy-database` moves a center's file row by row through EF Core: about 900 rows a second at load 50, over an
    /// hour for this file — right for one center's move, too slow to set up a benchmark.)
    /// </summary>
    private static async Task<string> PourOnceAsync(string sqlite, string server, string name)
    {
        var connection = Database(server, name);
        var settings = new DatabaseSettings(DatabaseProvider.PostgreSQL, connection, DatabaseSettings.PracticeOf(connection));
        await using (var existing = settings.Create(settings.Options(connection, [])))
        {
            if (await existing.Database.CanConnectAsync())
            {
                await existing.Database.MigrateAsync(); // indexes added to the app since: the figures are today's schema's
                return connection;
            }
        }

        var building = Database(server, name + "_building");
        await using (var db = settings.Create(settings.Options(building, [])))
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
        }

        var started = Stopwatch.StartNew();
        var rows = BenchCopy.Pour(sqlite, building);
        Console.WriteLine($"Poured {rows:N0} rows of the SQLite file into PostgreSQL in {started.Elapsed.TotalSeconds:N0} s");

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Database(server, "postgres"));
        await admin.OpenAsync();
        await using var rename = new NpgsqlCommand($"ALTER DATABASE {name}_building RENAME TO {name}", admin);
        await rename.ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task<string> TemplateCopyAsync(string server, string template, string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Database(server, "postgres"));
        await admin.OpenAsync();
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", $"CREATE DATABASE {name} TEMPLATE {template}" })
        {
            await using var command = new NpgsqlCommand(sql, admin) { CommandTimeout = 600 };
            await command.ExecuteNonQueryAsync();
        }
        return Database(server, name);
    }

    /// <summary>36 centers, and every case, rating and follow-up given to one of them by a stable hash of its row.</summary>
    private static void Spread(System.Data.Common.DbConnection connection, string rowHash)
    {
        using (connection)
        {
            connection.Open();
            using var transaction = connection.BeginTransaction();
            var quote = connection is NpgsqlConnection ? "\"" : "";
            string Q(string identifier) => quote + identifier + quote;
            var conflict = connection is NpgsqlConnection ? " ON CONFLICT DO NOTHING" : "";
            var insert = connection is NpgsqlConnection ? "INSERT INTO" : "INSERT OR IGNORE INTO";
            var statements = Enumerable.Range(1, CenterCount).Select(id =>
                    $"{insert} {Q("Centers")} ({Q("Id")}, {Q("Code")}, {Q("Name")}, {Q("County")}, {Q("CasePrefix")}, {Q("TimeZoneId")}) " +
                    $"VALUES ({id}, 'bench-{id:00}', '基准中心 {id:00}', '基准县', 'Q{(char)('A' + id / 26)}{(char)('A' + id % 26)}', 'Asia/Shanghai'){conflict}")
                .Concat(new[] { "Cases", "ServiceRatings", "RectificationTasks" }.Select(table =>
                    $"UPDATE {Q(table)} SET {Q("CenterId")} = 1 + ({rowHash} % {CenterCount})"));
            foreach (var sql in statements)
            {
                using var command = connection.CreateCommand();
                (command.CommandText, command.Transaction, command.CommandTimeout) = (sql, transaction, 1200);
                command.ExecuteNonQuery();
            }
            transaction.Commit();
        }
    }

    private static void Time(string what, Action action)
    {
        var started = Stopwatch.StartNew();
        action();
        Console.WriteLine($"{what}: {started.Elapsed.TotalSeconds:N0} s");
    }
}
