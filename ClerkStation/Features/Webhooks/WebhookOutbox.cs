using System.Text.Json;

namespace ClerkStation.Features.Webhooks;

/// <summary>
/// Writes a status change for a client's webhook into the outbox, on the caller's context: it commits with the change
/// itself or not at all. A client without a webhook gets nothing.
/// </summary>
public static class WebhookOutbox
{
    public const string PreApplicationDecided = "preApplication.decided";

    public static async Task EnqueueAsync(ClerkDbContext db, string clientId, string @event, object data, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.WebhookSubscriptions.FindAsync([clientId], ct) is null)
        {
            return;
        }

        var id = Guid.CreateVersion7(now);
        db.WebhookDeliveries.Add(new WebhookDelivery
        {
            Id = id,
            ClientId = clientId,
            Event = @event,
            PayloadJson = JsonSerializer.Serialize(new { id, @event, occurredAt = now, data }, JsonSerializerOptions.Web),
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }
}
