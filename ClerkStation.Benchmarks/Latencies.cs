namespace ClerkStation.Benchmarks;

/// <summary>Wall-clock latencies gathered from many tasks at once (no per-call CPU: the calls overlap).</summary>
public sealed class Latencies
{
    private readonly List<double> _ms = [];

    public const string Header = "| what | calls | p50 ms | p90 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|";

    public int Count { get { lock (_ms) { return _ms.Count; } } }

    public void Add(double ms) { lock (_ms) { _ms.Add(ms); } }

    public double P(double percentile)
    {
        double[] values;
        lock (_ms) { values = [.. _ms]; }
        return Samples.Percentile(values, percentile);
    }

    public string Row(string name) => $"| {name} | {Count} | {P(50):N1} | {P(90):N1} | {P(99):N1} | {P(100):N1} |";
}
