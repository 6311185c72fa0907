using System.Diagnostics;
using ClerkStation.Domain.Search;

namespace ClerkStation.Benchmarks;

/// <summary>
/// True per-query latency distribution (BenchmarkDotNet's percentiles are over iteration means):
/// times each call with Stopwatch over a realistic query mix, including per-keystroke prefixes.
/// </summary>
public static class LatencyProbe
{
    private static readonly string[] Queries =
    [
        "残疾人证", "低保", "变更", "社会保障卡", "zdshbzjt", "zdshbz", "dbsq", "sbk", "canjirenzheng", "canjiren", "canj",
        "biangeng", "dibao", "shebaoka", "yanglao", "canjirnezheng", "canjren", "yanlgao", "disability", "pension", "card",
        "c", "z", "残疾 biangeng", "gongjijin tiqu",
    ];

    public static void Run(int iterations)
    {
        foreach (var catalog in new[] { CatalogData.Shipped, CatalogData.Expanded })
        {
            var entries = CatalogData.Load(catalog);
            var build = Stopwatch.StartNew();
            var index = ItemSearchIndex.Build(entries);
            build.Stop();
            var naive = new NaiveSearch(entries);
            var options = new SearchOptions();
            Console.WriteLine($"## {catalog}: {entries.Count} entries (index build {build.Elapsed.TotalMilliseconds:N0} ms)");
            Console.WriteLine("| query | index median µs | index p99 µs | naive median µs | naive p99 µs | hits |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            var allIndex = new List<double>();
            var allNaive = new List<double>();
            foreach (var q in Queries)
            {
                var hits = index.Search(q, options).Count;
                var a = Measure(() => index.Search(q, options), iterations);
                var b = Measure(() => naive.Search(q), iterations);
                allIndex.AddRange(a);
                allNaive.AddRange(b);
                Console.WriteLine($"| `{q}` | {P(a, 50):N1} | {P(a, 99):N1} | {P(b, 50):N1} | {P(b, 99):N1} | {hits} |");
            }
            Console.WriteLine($"| **all** | **{P(allIndex, 50):N1}** | **{P(allIndex, 99):N1}** | {P(allNaive, 50):N1} | {P(allNaive, 99):N1} | |");
            Console.WriteLine();
        }
    }

    private static List<double> Measure(Func<object> action, int iterations)
    {
        for (var i = 0; i < Math.Min(iterations, 500); i++)
            action();
        var samples = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            action();
            samples.Add(Stopwatch.GetElapsedTime(t0).TotalMicroseconds);
        }
        return samples;
    }

    private static double P(List<double> samples, int percentile)
    {
        var sorted = samples.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];
    }
}
