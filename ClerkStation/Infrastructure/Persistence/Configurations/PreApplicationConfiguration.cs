using ClerkStation.Domain.Cases;
using ClerkStation.Domain.PreApplications;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClerkStation.Infrastructure.Persistence.Configurations;

internal sealed class PreApplicationConfiguration : IEntityTypeConfiguration<PreApplication>
{
    public void Configure(EntityTypeBuilder<PreApplication> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        // One pre-application per client and Idempotency-Key: concurrent repeats collide here and read the first one.
        builder.HasIndex(p => new { p.ClientId, p.IdempotencyKey }).IsUnique();
        builder.HasIndex(p => new { p.CenterId, p.Number }).IsUnique();
        builder.HasIndex(p => p.Number);
        builder.HasIndex(p => new { p.Status, p.SubmittedAt });
        builder.Property(p => p.Number).HasMaxLength(32);
        builder.Property(p => p.ClientId).HasMaxLength(64);
        builder.Property(p => p.ClientName).HasMaxLength(100);
        builder.Property(p => p.IdempotencyKey).HasMaxLength(128);
        builder.Property(p => p.BodyHash).HasMaxLength(64);
        builder.Property(p => p.TargetCode).HasMaxLength(32);
        builder.Property(p => p.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Outcome).HasMaxLength(400);
        builder.Property(p => p.Applicant).HasConversion(JsonColumn.Converter<Applicant>(), JsonColumn.Comparer<Applicant>());
        builder.Property(p => p.Taking).HasConversion(JsonColumn.Converter<AgentTaking?>(), JsonColumn.Comparer<AgentTaking?>());
        builder.Property(p => p.Materials).HasConversion(
            JsonColumn.Converter<IReadOnlyDictionary<string, MaterialStatus>>(), JsonColumn.Comparer<IReadOnlyDictionary<string, MaterialStatus>>());
    }
}
