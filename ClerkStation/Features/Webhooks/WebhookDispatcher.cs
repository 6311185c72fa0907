using System.Globalization;
using System.Text;
using ClerkStation.Infrastructure.Hosting;
using ClerkStation.Infrastructure.Practice;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.Webhooks;

/// <summary>
/// Posts the outbox's due deliveries, signed (<see cref="WebhookSignature"/>); a failure (no answer, or not 2xx) is tried
/// again after <see cref="WebhookOptions.FirstRetrySeconds"/>, doubling each time, until <see cref="WebhookOptions.MaxAttempts"/>.
/// At least once: a receiver may see a delivery twice and tells them apart by <c>X-ClerkStation-Delivery</c>.
/// </summary>
public sealed class WebhookDispatcher(
    ClerkDatabases databases, IHttpClientFactory http, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookDispatcher> log)
    : PeriodicWork(time, log)
{
    public const string HttpClientName = "webhooks";

    protected override TimeSpan Interval => TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);

    protected override string WorkName => "Webhook deliveries";

    protected override Task RunOnceAsync(CancellationToken ct) => DeliverDueAsync(ct);

    /// <summary>One pass over the outbox: every pending delivery whose time has come.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        await using var db = await databases.Production.CreateDbContextAsync(ct);
        var now = Time.GetUtcNow();
        // Pending deliveries are few; their times are compared here (SQLite cannot order DateTimeOffset columns).
        var pending = await db.WebhookDeliveries.Where(d => d.DeliveredAt == null && !d.Abandoned).ToListAsync(ct);
        var due = pending.Where(d => d.NextAttemptAt <= now).OrderBy(d => d.CreatedAt).ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        var clientIds = due.Select(d => d.ClientId).Distinct().ToList();
        var subscriptions = await db.WebhookSubscriptions.Where(s => clientIds.Contains(s.ClientId)).ToDictionaryAsync(s => s.ClientId, ct);
        foreach (var delivery in due)
        {
            await AttemptAsync(delivery, subscriptions.GetValueOrDefault(delivery.ClientId), ct);
            await db.SaveChangesAsync(ct);
        }

        return due.Count;
    }

    private async Task AttemptAsync(WebhookDelivery delivery, WebhookSubscription? subscription, CancellationToken ct)
    {
        var settings = options.Value;
        var now = Time.GetUtcNow();
        delivery.Attempts++;
        delivery.LastAttemptAt = now;
        if (subscription is null)
        {
            (delivery.Abandoned, delivery.LastError) = (true, "The client has no webhook any more.");
            return;
        }

        try
        {
            var timestamp = now.ToUnixTimeSeconds();
            using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
            {
                Content = new StringContent(delivery.PayloadJson, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(subscription.Secret, timestamp, delivery.PayloadJson));
            request.Headers.Add(WebhookSignature.EventHeader, delivery.Event);
            request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString());
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            cts.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, cts.Token);
            delivery.LastStatusCode = (int)response.StatusCode;
            delivery.LastError = null;
            if (response.IsSuccessStatusCode)
            {
                delivery.DeliveredAt = Time.GetUtcNow();
                return;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            delivery.LastStatusCode = null;
            delivery.LastError = ex.GetType().Name + ": " + ex.Message[..Math.Min(ex.Message.Length, 300)];
        }

        delivery.Abandoned = delivery.Attempts >= settings.MaxAttempts;
        // The wait counts from the failure, so a slow answer never shortens it.
        delivery.NextAttemptAt = Time.GetUtcNow() + WebhookOptions.Backoff(settings.FirstRetrySeconds, delivery.Attempts);
    }
}
