using System.Diagnostics;
using ClerkStation.Features.Statistics;
using ClerkStation.Features.Supervisor;
using Microsoft.EntityFrameworkCore;

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
        var factory = SupervisorDatabase.Factory(path);
        var cases = new (string Name, Func<Task> Run)[]
        {
            ("floor (today)", () => FloorQueries.LoadAsync(factory, today, calendar, SupervisorDatabase.Policy)),
            ("statistics, 30 days", () => StatisticsQueries.LoadAsync(factory, new StatisticsFilter(today.AddDays(-29), today), calendar, today)),
            ("statistics, 30 days, one department", () => StatisticsQueries.LoadAsync(factory, new StatisticsFilter(today.AddDays(-29), today, "mz"), calendar, today)),
            ("statistics, 365 days", () => StatisticsQueries.LoadAsync(factory, new StatisticsFilter(today.AddDays(-364), today), calendar, today)),
        };
        var medians = new Dictionary<string, double>();
        foreach (var (name, run) in cases)
        {
            for (var i = 0; i < 3; i++)
            {
                run().GetAwaiter().GetResult();
            }
            var times = new List<double>();
            for (var i = 0; i < iterations; i++)
            {
                var sw = Stopwatch.StartNew();
                run().GetAwaiter().GetResult();
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            var median = times[times.Count / 2];
            medians[name] = median;
            Console.WriteLine($"{name,-40} median {median,8:N1} ms   p90 {times[(int)(times.Count * 0.9)],8:N1} ms   max {times[^1],8:N1} ms");
        }
        Console.WriteLine($"{"floor + statistics (30 days)",-40} median {medians["floor (today)"] + medians["statistics, 30 days"],8:N1} ms");
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
}
