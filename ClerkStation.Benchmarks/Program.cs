using System.Globalization;
using BenchmarkDotNet.Running;
using ClerkStation.Benchmarks;

// Latency probes (per-call percentiles, one command each, listed in the README); anything else goes to BenchmarkDotNet
// (e.g. `--filter *CalendarBenchmarks*`).
int Count(int fallback) => args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : fallback;

switch (args.FirstOrDefault())
{
    case "latency":
        LatencyProbe.Run(Count(5000));
        return;
    case "calendar": // working-day arithmetic before/after
        CalendarProbe.Run(Count(2_000_000));
        return;
    case "generate":
        Console.WriteLine(SupervisorDatabase.Ensure());
        return;
    case "supervisor":
        SupervisorProbe.Run(Count(30));
        return;
    case "accept":
        await AcceptProbe.RunAsync(Count(300));
        return;
    case "reads":
        await ReadsProbe.RunAsync(Count(300));
        return;
    case "circuit-server": // the app process that `circuits` starts and measures
        await CircuitServer.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
        return;
    case "casefile": // normalize a 4000×3000 JPEG, upload end to end, thumbnail reads, memory while streaming
        await CaseFileProbe.RunAsync(Count(20));
        return;
    case "api": // POST /api/v1/applications over HTTP at 100/s, then as fast as answered (api.md)
        await ApiProbe.RunAsync(Count(30));
        return;
    case "queue": // call-next, 500 waiting, 30 windows at once: before/after in one run (queue.md)
        await QueueProbe.RunAsync(Count(20));
        return;
    case "city": // PostgreSQL beside SQLite: floor + statistics, city comparison of 36 centers, accept (city.md)
        await CityProbe.RunAsync(Count(20));
        return;
    case "floorstats": // floor + statistics, range query against kept days, SQLite and PostgreSQL (supervisor.md, city.md)
        await FloorStatisticsProbe.RunAsync(Count(20));
        return;
    case "circuits":
        await CircuitProbe.RunAsync(Count(30));
        return;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args);
        return;
}
