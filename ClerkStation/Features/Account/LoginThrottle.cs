using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.Account;

/// <summary>
/// Failed sign-ins per client address, as a token bucket per address (System.Threading.RateLimiting): each failure
/// takes a token, tokens come back one per refill period, and an address without tokens is not even checked. A right
/// password takes nothing, so a busy center behind one address is only slowed by its own mistakes.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;

    public LoginThrottle(IOptions<LoginLimits> options)
    {
        var limits = options.Value;
        _failures = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetTokenBucketLimiter(address, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, limits.FailuresPerAddress),
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(limits.FailureRefillMinutes),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>True when <paramref name="address"/> has used up its failures for now.</summary>
    /// <remarks>
    /// Read from the statistics, not by acquiring zero tokens: the bucket refills continuously, and a zero-token probe
    /// succeeds on a fraction of a token that a failure could not take.
    /// </remarks>
    public bool IsExhausted(string address) => _failures.GetStatistics(address) is { CurrentAvailablePermits: < 1 };

    public void Failed(string address) => _failures.AttemptAcquire(address, 1).Dispose();

    public void Dispose() => _failures.Dispose();
}
