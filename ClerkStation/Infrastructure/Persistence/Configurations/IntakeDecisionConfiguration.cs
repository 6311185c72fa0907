using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Intake;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClerkStation.Infrastructure.Persistence.Configurations;

internal sealed class IntakeDecisionConfiguration : IEntityTypeConfiguration<IntakeDecision>
{
    public void Configure(EntityTypeBuilder<IntakeDecision> builder)
    {
        builder.ToTable("IntakeDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Number).HasMaxLength(32);
        builder.HasIndex(d => new { d.CenterId, d.Number }).IsUnique();
        builder.HasIndex(d => d.Number);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.TargetCode).HasMaxLength(16);
        builder.Property(d => d.DepartmentCode).HasMaxLength(16);
        builder.Property(d => d.TargetName).HasConversion(JsonColumn.Converter<LocalizedText>(), JsonColumn.Comparer<LocalizedText>());
        builder.Property(d => d.Applicant).HasConversion(JsonColumn.Converter<Applicant>(), JsonColumn.Comparer<Applicant>());
        builder.Property<List<NoticeLine>>("_lines").HasColumnName("Lines")
            .HasConversion(JsonColumn.Converter<List<NoticeLine>>(), JsonColumn.Comparer<List<NoticeLine>>());
        builder.Ignore(d => d.Lines);
        builder.HasIndex(d => new { d.Day, d.Kind });
        builder.Property<Guid?>(VisitLink.Property);
        builder.HasIndex(VisitLink.Property);
    }
}
