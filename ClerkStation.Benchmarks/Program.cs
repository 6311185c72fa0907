using BenchmarkDotNet.Running;
using ClerkStation.Benchmarks;

// `-- latency [iterations]`: per-call latency percentiles; `-- calendar [calls]`: working-day arithmetic before/after;
// anything else goes to BenchmarkDotNet (e.g. `--filter *CalendarBenchmarks*`).
if (args.Length > 0 && args[0] == "latency")
{
    LatencyProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5000);
    return;
}
if (args.Length > 0 && args[0] == "supervisor")
{
    SupervisorProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30);
    return;
}
if (args.Length > 0 && args[0] == "calendar")
{
    CalendarProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2_000_000);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args);
