using System.Collections.Concurrent;

namespace ClerkStation.Features.Track;

/// <summary>
/// Slows down guessing on the public status lookup. Wrong answers are counted per client address and per case number;
/// after <see cref="FreeAttempts"/> each further wrong answer blocks that key for twice as long as the last
/// (5 s, 10 s, 20 s … up to <see cref="MaxBlock"/>). A right answer clears the address's count. Kept in memory: a
/// restart forgets, which is fine for slowing people down.
/// </summary>
public sealed class TrackThrottle(TimeProvider time)
{
    public const int FreeAttempts = 3;
    public static readonly TimeSpan FirstBlock = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan MaxBlock = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Forget = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    /// <summary>How long the caller still has to wait before another attempt (zero: go ahead).</summary>
    public TimeSpan RetryAfter(string clientKey, string caseNumber)
    {
        var now = time.GetUtcNow();
        var wait = TimeSpan.Zero;
        foreach (var key in Keys(clientKey, caseNumber))
        {
            if (_counters.TryGetValue(key, out var counter))
            {
                lock (counter)
                {
                    if (counter.BlockedUntil > now && counter.BlockedUntil - now > wait)
                    {
                        wait = counter.BlockedUntil - now;
                    }
                }
            }
        }

        return wait;
    }

    public void Failed(string clientKey, string caseNumber)
    {
        var now = time.GetUtcNow();
        foreach (var key in Keys(clientKey, caseNumber))
        {
            var counter = _counters.GetOrAdd(key, _ => new Counter());
            lock (counter)
            {
                if (now - counter.LastFailure > Forget)
                {
                    counter.Failures = 0;
                }

                counter.Failures++;
                counter.LastFailure = now;
                if (counter.Failures > FreeAttempts)
                {
                    var doublings = Math.Min(counter.Failures - FreeAttempts - 1, 10);
                    var block = TimeSpan.FromTicks(Math.Min(MaxBlock.Ticks, FirstBlock.Ticks << doublings));
                    counter.BlockedUntil = now + block;
                }
            }
        }

        if (_counters.Count > 10_000)
        {
            foreach (var stale in _counters.Where(c => now - c.Value.LastFailure > Forget).Select(c => c.Key).ToList())
            {
                _counters.TryRemove(stale, out _);
            }
        }
    }

    public void Succeeded(string clientKey) => _counters.TryRemove("ip:" + clientKey, out _);

    private static string[] Keys(string clientKey, string caseNumber) =>
        ["ip:" + clientKey, "case:" + caseNumber.Trim().ToUpperInvariant()];

    private sealed class Counter
    {
        public int Failures { get; set; }

        public DateTimeOffset LastFailure { get; set; }

        public DateTimeOffset BlockedUntil { get; set; }
    }
}
