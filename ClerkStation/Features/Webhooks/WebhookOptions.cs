namespace ClerkStation.Features.Webhooks;

/// <summary>Webhook delivery settings (section <c>Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>How often the outbox is read for deliveries that are due.</summary>
    public int PollMilliseconds { get; set; } = 2000;

    /// <summary>The wait after the first failed attempt; it doubles after each further one (exponential backoff).</summary>
    public int FirstRetrySeconds { get; set; } = 30;

    /// <summary>Attempts before a delivery is abandoned (30 s doubling: the last about four hours after the first).</summary>
    public int MaxAttempts { get; set; } = 10;

    public int TimeoutSeconds { get; set; } = 10;

    public static TimeSpan Backoff(int firstRetrySeconds, int attempts) =>
        TimeSpan.FromSeconds(firstRetrySeconds * Math.Pow(2, Math.Max(0, attempts - 1)));
}
