using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClerkStation.Features.Webhooks;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.HasKey(w => w.ClientId);
        builder.Property(w => w.ClientId).HasMaxLength(64);
        builder.Property(w => w.Url).HasMaxLength(400);
        builder.Property(w => w.Secret).HasMaxLength(64);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.ClientId).HasMaxLength(64);
        builder.Property(d => d.Event).HasMaxLength(64);
        builder.Property(d => d.LastError).HasMaxLength(400);
        // The dispatcher reads the pending ones; the log reads the latest.
        builder.HasIndex(d => new { d.DeliveredAt, d.Abandoned });
    }
}
