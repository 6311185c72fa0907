using BenchmarkDotNet.Running;
using ClerkStation.Benchmarks;

// `-- latency [iterations]`: per-call latency percentiles; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "latency")
{
    LatencyProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5000);
    return;
}
if (args.Length > 0 && args[0] == "generate")
{
    Console.WriteLine(SupervisorDatabase.Ensure());
    return;
}
if (args.Length > 0 && args[0] == "supervisor")
{
    SupervisorProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args);
