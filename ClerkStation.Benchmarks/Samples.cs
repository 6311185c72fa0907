using System.Diagnostics;

namespace ClerkStation.Benchmarks;

/// <summary>
/// Per-call timings in milliseconds and their percentiles (nearest rank), with the process's CPU time per call beside
/// the wall-clock time: on a shared, overloaded box the wall clock mostly measures the neighbours, the CPU time much less.
/// </summary>
public sealed class Samples
{
    private readonly List<double> _ms = [];
    private readonly List<double> _cpuMs = [];

    public int Count => _ms.Count;

    public double TotalMs => _ms.Sum();

    private void Add(double ms) => _ms.Add(ms);

    public async Task<T> TimeAsync<T>(Func<Task<T>> action)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var started = Stopwatch.GetTimestamp();
        var result = await action();
        Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        _cpuMs.Add((Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds);
        return result;
    }

    public double P(double percentile) => Percentile(_ms, percentile);

    /// <summary>The nearest-rank percentile (NaN for no values); also used by <see cref="Latencies"/>.</summary>
    public static double Percentile(IEnumerable<double> values, double percentile)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public string Row(string name) =>
        $"| {name} | {Count} | {P(50):N1} | {P(90):N1} | {P(99):N1} | {_ms.Max():N1} | {Percentile(_cpuMs, 50):N1} | {Percentile(_cpuMs, 99):N1} |";

    public const string Header = "| what | calls | p50 ms | p90 ms | p99 ms | max ms | CPU p50 ms | CPU p99 ms |\n|---|---:|---:|---:|---:|---:|---:|---:|";

    /// <summary>The machine's load when a figure was taken (2 shared cores: the neighbours matter).</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? "load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "load average n/a";
}
