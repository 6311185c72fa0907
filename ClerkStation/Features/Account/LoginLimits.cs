namespace ClerkStation.Features.Account;

/// <summary>
/// Sign-in limits (configuration section <c>Security:Login</c>; ADR 0008). A client address may fail
/// <see cref="FailuresPerAddress"/> times, then one more time per <see cref="FailureRefillMinutes"/>; an account locks
/// after <see cref="LockoutThreshold"/> failures — more than one address can reach before it is throttled, so a stranger
/// at one computer cannot lock a colleague out. <see cref="PostsPerMinutePerAddress"/> caps every login post, right or wrong.
/// </summary>
public sealed class LoginLimits
{
    public const string Section = "Security:Login";

    public int FailuresPerAddress { get; set; } = 5;

    public double FailureRefillMinutes { get; set; } = 3;

    public int LockoutThreshold { get; set; } = 10;

    public int LockoutMinutes { get; set; } = 15;

    public int PostsPerMinutePerAddress { get; set; } = 20;
}
