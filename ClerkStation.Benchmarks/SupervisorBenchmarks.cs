using BenchmarkDotNet.Attributes;
using ClerkStation.Features.Statistics;
using ClerkStation.Features.Supervisor;

namespace ClerkStation.Benchmarks;

/// <summary>
/// Everything the supervisor's floor and statistics page query, against ~1,000,000 cases (see SupervisorDatabase).
/// Target: floor + 30-day statistics under 200 ms together. `-- supervisor` prints per-call percentiles instead.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
[MemoryDiagnoser]
public class SupervisorBenchmarks
{
    private string _path = null!;

    [GlobalSetup]
    public void Setup() => _path = SupervisorDatabase.Ensure();

    [Benchmark]
    public async Task<int> Floor()
    {
        var floor = await FloorQueries.LoadAsync(SupervisorDatabase.Factory(_path), SupervisorDatabase.Today, SupervisorDatabase.Calendar, SupervisorDatabase.Policy);
        return floor.Totals.Accepted;
    }

    [Benchmark]
    public async Task<int> Statistics30Days()
    {
        var report = await StatisticsQueries.LoadAsync(SupervisorDatabase.Factory(_path), new StatisticsFilter(SupervisorDatabase.Today.AddDays(-29), SupervisorDatabase.Today),
            SupervisorDatabase.Calendar, SupervisorDatabase.Today);
        return report.Accepted;
    }

    [Benchmark]
    public async Task<int> FloorPlusStatistics() => await Floor() + await Statistics30Days();
}
