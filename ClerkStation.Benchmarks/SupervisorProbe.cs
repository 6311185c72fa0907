using ClerkStation.Features.Statistics;
using ClerkStation.Features.Supervisor;
using ClerkStation.Infrastructure.Practice;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Benchmarks;

/// <summary>`dotnet run -c Release --project ClerkStation.Benchmarks -- supervisor [iterations]`: per-call latency of each query set.</summary>
public static class SupervisorProbe
{
    public static void Run(int iterations)
    {
        var path = SupervisorDatabase.Ensure();
        using (var db = SupervisorDatabase.Open(path))
        {
            Console.WriteLine($"cases: {db.Cases.Count():N0}, ratings: {db.ServiceRatings.Count():N0}, tasks: {db.RectificationTasks.Count():N0}, decisions: {db.IntakeDecisions.Count():N0}, open: {db.Cases.Count(c => c.DueDate != null && c.Status != Domain.Cases.CaseStatus.Delivered && c.Status != Domain.Cases.CaseStatus.ReadyForDelivery):N0}");
        }
        var today = SupervisorDatabase.Today;
        var calendar = SupervisorDatabase.Calendar;
        // The app's own database factory (its connection string, pragmas and interceptors), as the pages use it.
        using var app = BenchApp.Build(path, () => null);
        var factory = app.Services.GetRequiredService<ClerkDatabases>().Production;
        Task Floor() => FloorQueries.LoadAsync(factory, today, calendar, SupervisorDatabase.Policy);
        Task Statistics30() => StatisticsQueries.LoadAsync(factory, new StatisticsFilter(today.AddDays(-29), today), calendar, today);
        var cases = new (string Name, Func<Task> Run)[]
        {
            ("floor (today)", Floor),
            ("statistics, 30 days", Statistics30),
            ("statistics, 30 days, one department", () => StatisticsQueries.LoadAsync(factory, new StatisticsFilter(today.AddDays(-29), today, "mz"), calendar, today)),
            ("statistics, 365 days", () => StatisticsQueries.LoadAsync(factory, new StatisticsFilter(today.AddDays(-364), today), calendar, today)),
            // The figure: both pages' queries in one iteration, timed together; percentiles of those sums.
            // Last, so it runs on the page cache the rows above warmed (the file is 3 GB).
            ("floor + statistics (30 days), together", async () =>
            {
                await Floor();
                await Statistics30();
            }),
        };
        Console.WriteLine($"journal mode {JournalMode(factory)}, {Samples.LoadAverage()}");
        Console.WriteLine(Samples.Header);
        foreach (var (name, run) in cases)
        {
            for (var i = 0; i < 3; i++)
            {
                run().GetAwaiter().GetResult();
            }
            var times = new Samples();
            for (var i = 0; i < iterations; i++)
            {
                times.TimeAsync(async () =>
                {
                    await run();
                    return 0;
                }).GetAwaiter().GetResult();
            }
            Console.WriteLine(times.Row(name));
        }
        Console.WriteLine(Samples.LoadAverage());
        using var plan = SupervisorDatabase.Open(path);
        foreach (var sql in new[]
        {
            "EXPLAIN QUERY PLAN SELECT AcceptedOn, DepartmentCode, COUNT(*) FROM Cases WHERE AcceptedOn >= '2026-10-22' AND AcceptedOn <= '2026-11-20' GROUP BY AcceptedOn, DepartmentCode",
            "EXPLAIN QUERY PLAN SELECT DepartmentCode, COUNT(*) FROM Cases WHERE DecidedAt >= '2026-10-22' AND DecidedAt < '2026-11-21' AND ItemKind = 'Promised' GROUP BY DepartmentCode, AcceptedOn, substr(DecidedAt, 1, 10), PromisedDays, PausedWorkingDays",
            "EXPLAIN QUERY PLAN SELECT DepartmentCode, Status, ClaimedById, COUNT(*) FROM Cases WHERE Status IN ('Routed','InReview','SupplementRequested','Suspended') GROUP BY DepartmentCode, Status, ClaimedById, ClaimedByName",
        })
        {
            var connection = plan.Database.GetDbConnection();
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                Console.WriteLine("  plan: " + reader.GetString(3));
            }
            connection.Close();
        }
    }

    private static string JournalMode(IDbContextFactory<ClerkStation.Infrastructure.Persistence.ClerkDbContext> factory)
    {
        using var db = factory.CreateDbContext();
        db.Database.OpenConnection();
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()!;
    }
}
