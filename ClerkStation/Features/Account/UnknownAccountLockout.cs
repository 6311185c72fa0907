using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.Account;

/// <summary>
/// Failure counts for names that are not an account that can sign in (unknown or disabled), kept in memory, so that such
/// a name locks after the same number of failures and for as long as a real account does: the answers never tell a
/// guesser which names exist. Bounded: a flood of made-up names cannot grow it without end.
/// </summary>
public sealed class UnknownAccountLockout(TimeProvider time, IOptions<LoginLimits> options)
{
    private const int MaxNames = 20_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is locked now (as a locked real account would answer).</summary>
    public bool IsLocked(string name) => _entries.TryGetValue(Key(name), out var entry) && entry.LockedUntil > time.GetUtcNow();

    /// <summary>Counts a failure; true when this failure locks the name (as <c>UserManager.AccessFailedAsync</c> would).</summary>
    public bool Failed(string name)
    {
        var limits = options.Value;
        var now = time.GetUtcNow();
        if (_entries.Count >= MaxNames)
        {
            Prune(now);
        }

        var entry = _entries.GetOrAdd(Key(name), _ => new Entry());
        lock (entry)
        {
            entry.Touched = now;
            entry.Failures++;
            if (entry.Failures < limits.LockoutThreshold)
            {
                return false;
            }

            entry.Failures = 0;
            entry.LockedUntil = now.AddMinutes(limits.LockoutMinutes);
            return true;
        }
    }

    private static string Key(string name) => name.Length > 256 ? name[..256].ToUpperInvariant() : name.ToUpperInvariant();

    private void Prune(DateTimeOffset now)
    {
        var stale = now.AddMinutes(-options.Value.LockoutMinutes);
        foreach (var (key, entry) in _entries)
        {
            if (entry.LockedUntil < now && entry.Touched < stale)
            {
                _entries.TryRemove(key, out _);
            }
        }

        if (_entries.Count >= MaxNames)
        {
            _entries.Clear();
        }
    }

    private sealed class Entry
    {
        public int Failures;
        public DateTimeOffset LockedUntil;
        public DateTimeOffset Touched;
    }
}
