namespace ClerkStation.Features.Webhooks;

/// <summary>Where an API client wants its status changes posted, and the secret their signatures use (shown to the admin once).</summary>
public sealed class WebhookSubscription
{
    public string ClientId { get; set; } = string.Empty;

    public string Url { get; set; } = string.Empty;

    public string Secret { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// One status change in the outbox: written in the transaction that made the change, posted by
/// <see cref="WebhookDispatcher"/> until the receiver answers 2xx or the attempts run out. It is the delivery log, too.
/// </summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; set; }

    public string ClientId { get; set; } = string.Empty;

    public string Event { get; set; } = string.Empty;

    public string PayloadJson { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>True once the attempts ran out without a 2xx answer.</summary>
    public bool Abandoned { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }
}
