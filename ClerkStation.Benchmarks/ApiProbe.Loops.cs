using System.Diagnostics;
using System.Net;

namespace ClerkStation.Benchmarks;

// The two load generators (open loop at a fixed rate, closed loop of callers) and what a run of them gathers.
public static partial class ApiProbe
{
    private static async Task<Run> OpenLoopAsync(HttpClient http, int seconds, StallWatch watch)
    {
        var run = new Run();
        var ids = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        var tasks = new List<Task>();
        for (var i = 0; i < Rate * seconds; i++)
        {
            var scheduled = TimeSpan.FromSeconds((double)i / Rate);
            if (scheduled > clock.Elapsed)
            {
                await Task.Delay(scheduled - clock.Elapsed);
            }
            tasks.Add(Task.Run(async () =>
            {
                var (status, location) = await PostAsync(http);
                var ms = (clock.Elapsed - scheduled).TotalMilliseconds;
                run.Posts.Add(ms);
                watch.Ended(ms);
                if (status != HttpStatusCode.Created) { run.Fail(status); } else if (location is not null) { ids.Enqueue(location); }
            }));
            if (i % 10 == 5 && ids.TryPeek(out var id)) // one read every 100 ms beside the writes
            {
                tasks.Add(Task.Run(async () =>
                {
                    var started = Stopwatch.GetTimestamp();
                    try
                    {
                        using var response = await http.GetAsync(id);
                        await response.Content.ReadAsByteArrayAsync();
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        run.Fail(0);
                    }
                    run.Gets.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }));
            }
        }
        await Task.WhenAll(tasks);
        run.Elapsed = clock.Elapsed;
        return run;
    }

    private static async Task<Run> ClosedLoopAsync(HttpClient http, int callers, TimeSpan duration)
    {
        var run = new Run();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                var (status, _) = await PostAsync(http);
                run.Posts.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (status != HttpStatusCode.Created) { run.Fail(status); }
            }
        })));
        run.Elapsed = clock.Elapsed;
        return run;
    }

    private sealed class Run
    {
        private int _failures;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> _byStatus = new();

        public Latencies Posts { get; } = new();
        public Latencies Gets { get; } = new();
        public TimeSpan Elapsed { get; set; }
        public int Failures => _failures;
        public string FailureStatuses => string.Join(", ", _byStatus.Select(p => $"{p.Key}×{p.Value}"));

        public void Fail(HttpStatusCode status)
        {
            Interlocked.Increment(ref _failures);
            _byStatus.AddOrUpdate((int)status, 1, (_, n) => n + 1);
        }
    }
}
