using ClerkStation.Domain.Centers;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClerkStation.Infrastructure.Persistence.Configurations;

internal sealed class CenterConfiguration : IEntityTypeConfiguration<Center>
{
    public void Configure(EntityTypeBuilder<Center> builder)
    {
        builder.ToTable("Centers");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Code).HasMaxLength(32);
        builder.Property(c => c.Name).HasMaxLength(64);
        builder.Property(c => c.County).HasMaxLength(64);
        builder.Property(c => c.CasePrefix).HasMaxLength(6);
        builder.Property(c => c.TimeZoneId).HasMaxLength(64);
        builder.HasIndex(c => c.Code).IsUnique();
        // Numbers of every center share one city database and one /track page: the prefix tells them apart.
        builder.HasIndex(c => c.CasePrefix).IsUnique();
    }
}
