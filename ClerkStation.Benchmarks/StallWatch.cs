using System.Diagnostics;

namespace ClerkStation.Benchmarks;

/// <summary>
/// What the process did while a load ran, to tell a stall's cause (docs/performance/api.md): the GC's pause time and
/// gen-2 collections, the thread pool's longest queue and thread count, and the WAL file's largest size, sampled every
/// 10 ms on a thread of its own; plus the moments the slowest calls ended, to set beside them.
/// </summary>
public sealed class StallWatch : IDisposable
{
    private readonly string _wal;
    private readonly TimeSpan _pauseAtStart = GC.GetTotalPauseDuration();
    private readonly int _gen2AtStart = GC.CollectionCount(2);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private readonly List<(double At, double Ms)> _slow = [];
    private long _maxQueue;
    private int _maxThreads;
    private long _maxWal;
    private double _maxQueueAt;

    public StallWatch(string databasePath)
    {
        _wal = databasePath + "-wal";
        _thread = new Thread(Sample) { IsBackground = true, Name = "stall-watch" };
        _thread.Start();
    }

    public double Now => _clock.Elapsed.TotalSeconds;

    /// <summary>A call that ended now after <paramref name="ms"/> (kept if over 200 ms).</summary>
    public void Ended(double ms)
    {
        if (ms > 200)
        {
            lock (_slow) { _slow.Add((Now, ms)); }
        }
    }

    public string Report()
    {
        var slow = _slow.OrderByDescending(s => s.Ms).Take(5).Select(s => $"{s.Ms:N0} ms ending at {s.At:N1} s");
        return $"GC: {GC.CollectionCount(2) - _gen2AtStart} gen-2 collections, {(GC.GetTotalPauseDuration() - _pauseAtStart).TotalMilliseconds:N0} ms paused in all " +
            $"(server GC {System.Runtime.GCSettings.IsServerGC}, {System.Runtime.GCSettings.LatencyMode}); thread pool: longest queue {_maxQueue} at {_maxQueueAt:N1} s, " +
            $"at most {_maxThreads} threads; WAL file at most {_maxWal / 1024 / 1024.0:N1} MB; calls over 200 ms: {_slow.Count}" +
            (_slow.Count > 0 ? $", slowest {string.Join("; ", slow)}" : "");
    }

    public void Dispose()
    {
        _stop.Cancel();
        _thread.Join();
        _stop.Dispose();
    }

    private void Sample()
    {
        while (!_stop.Token.WaitHandle.WaitOne(10))
        {
            var queue = ThreadPool.PendingWorkItemCount;
            if (queue > _maxQueue)
            {
                _maxQueue = queue;
                _maxQueueAt = Now;
            }
            _maxThreads = Math.Max(_maxThreads, ThreadPool.ThreadCount);
            _maxWal = Math.Max(_maxWal, File.Exists(_wal) ? new FileInfo(_wal).Length : 0);
        }
    }
}
