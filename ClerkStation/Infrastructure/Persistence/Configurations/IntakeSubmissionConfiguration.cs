using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClerkStation.Infrastructure.Persistence.Configurations;

internal sealed class IntakeSubmissionConfiguration : IEntityTypeConfiguration<IntakeSubmission>
{
    public void Configure(EntityTypeBuilder<IntakeSubmission> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).ValueGeneratedNever();
    }
}
