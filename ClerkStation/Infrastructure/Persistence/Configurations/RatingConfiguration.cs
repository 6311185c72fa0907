using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Complaints;
using ClerkStation.Domain.Ratings;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClerkStation.Infrastructure.Persistence.Configurations;

internal sealed class ServiceRatingConfiguration : IEntityTypeConfiguration<ServiceRating>
{
    public void Configure(EntityTypeBuilder<ServiceRating> builder)
    {
        builder.ToTable("ServiceRatings");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.CaseNumber).HasMaxLength(32);
        builder.Property(r => r.Token).HasMaxLength(64);
        builder.Property(r => r.ItemCode).HasMaxLength(16);
        builder.Property(r => r.DepartmentCode).HasMaxLength(16);
        builder.Property(r => r.ItemName).HasConversion(JsonColumn.Converter<LocalizedText>(), JsonColumn.Comparer<LocalizedText>());
        builder.Property(r => r.Level).HasConversion<int?>();
        builder.Property(r => r.FollowUpLevel).HasConversion<int?>();
        builder.Ignore(r => r.IsRated);
        builder.Ignore(r => r.IsBad);
        // One rating per service: one invitation per case or per visit (nulls are distinct), found by its token.
        builder.HasIndex(r => r.CaseId).IsUnique();
        builder.HasIndex(r => r.VisitId).IsUnique();
        builder.HasIndex(r => r.Token).IsUnique();
        builder.HasIndex(r => new { r.RatedOn, r.DepartmentCode, r.Level, r.Excluded });
    }
}

internal sealed class RectificationTaskConfiguration : IEntityTypeConfiguration<RectificationTask>
{
    public void Configure(EntityTypeBuilder<RectificationTask> builder)
    {
        builder.ToTable("RectificationTasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.CaseNumber).HasMaxLength(32);
        builder.Property(t => t.DepartmentCode).HasMaxLength(16);
        builder.Property(t => t.Level).HasConversion<int>();
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(t => t.IsFinished);
        builder.Ignore(t => t.WasOnTime);
        builder.HasIndex(t => t.RatingId).IsUnique();
        builder.HasIndex(t => new { t.Status, t.FixDue });
        builder.HasIndex(t => t.OpenedOn);
    }
}

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("Complaints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.ItemCode).HasMaxLength(16);
        builder.Property(c => c.DepartmentCode).HasMaxLength(16);
        builder.HasIndex(c => new { c.Status, c.RecordedOn });
    }
}

internal sealed class DemoHistoryMarkerConfiguration : IEntityTypeConfiguration<DemoHistoryMarker>
{
    public void Configure(EntityTypeBuilder<DemoHistoryMarker> builder)
    {
        builder.ToTable("DemoHistory");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
    }
}
