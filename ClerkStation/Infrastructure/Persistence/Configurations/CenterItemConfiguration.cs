using ClerkStation.Domain.Centers;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClerkStation.Infrastructure.Persistence.Configurations;

internal sealed class CenterItemConfiguration : IEntityTypeConfiguration<CenterItem>
{
    public void Configure(EntityTypeBuilder<CenterItem> builder)
    {
        builder.ToTable("CenterItems");
        builder.HasKey(i => new { i.CenterId, i.ItemCode });
        builder.Property(i => i.ItemCode).HasMaxLength(32);
    }
}
