using ClerkStation.Features.Api;

namespace ClerkStation.Features.Webhooks;

public sealed record WebhookRow(string ClientId, string Url);

public sealed record WebhookDeliveryRow(
    Guid Id, string ClientId, string Event, DateTimeOffset CreatedAt, int Attempts, DateTimeOffset? LastAttemptAt, DateTimeOffset? DeliveredAt,
    bool Abandoned, int? LastStatusCode, string? LastError, DateTimeOffset NextAttemptAt);

public sealed record WebhookLog(IReadOnlyList<WebhookRow> Webhooks, IReadOnlyList<WebhookDeliveryRow> Deliveries);

/// <summary>The webhooks of the admin's center's clients and their latest deliveries (the delivery log on /admin), newest first.</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record GetWebhookLog(int Take = 100) : IQuery<WebhookLog>;

public sealed class GetWebhookLogHandler(IDbContextFactory<ClerkDbContext> dbFactory, ApiClientRegistry registry, ICurrentUser currentUser)
    : IQueryHandler<GetWebhookLog, WebhookLog>
{
    public async ValueTask<WebhookLog> Handle(GetWebhookLog query, CancellationToken cancellationToken)
    {
        var admin = await currentUser.RequireAsync();
        var clients = (await registry.ListAsync(admin.CenterId, cancellationToken)).Select(c => c.ClientId).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var webhooks = await db.WebhookSubscriptions.AsNoTracking().Where(w => clients.Contains(w.ClientId)).OrderBy(w => w.ClientId)
            .Select(w => new WebhookRow(w.ClientId, w.Url)).ToListAsync(cancellationToken);
        // Ids are version 7 GUIDs: their order is the order they were written.
        var deliveries = await db.WebhookDeliveries.AsNoTracking().Where(d => clients.Contains(d.ClientId)).OrderByDescending(d => d.Id).Take(Math.Clamp(query.Take, 1, 500))
            .Select(d => new WebhookDeliveryRow(d.Id, d.ClientId, d.Event, d.CreatedAt, d.Attempts, d.LastAttemptAt, d.DeliveredAt, d.Abandoned, d.LastStatusCode, d.LastError, d.NextAttemptAt))
            .ToListAsync(cancellationToken);
        return new WebhookLog(webhooks, deliveries);
    }
}
