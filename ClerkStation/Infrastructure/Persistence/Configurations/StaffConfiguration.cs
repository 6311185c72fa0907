using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClerkStation.Infrastructure.Persistence.Configurations;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(64);
        builder.Property(u => u.Villages).HasMaxLength(256).HasDefaultValue(string.Empty);
        builder.HasMany(u => u.Departments).WithOne().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StaffDepartmentConfiguration : IEntityTypeConfiguration<StaffDepartment>
{
    public void Configure(EntityTypeBuilder<StaffDepartment> builder)
    {
        builder.HasKey(d => new { d.UserId, d.DepartmentCode });
        builder.Property(d => d.DepartmentCode).HasMaxLength(16);
        builder.HasIndex(d => d.DepartmentCode);
    }
}

internal sealed class FormDraftConfiguration : IEntityTypeConfiguration<FormDraft>
{
    public void Configure(EntityTypeBuilder<FormDraft> builder)
    {
        builder.HasKey(d => new { d.UserId, d.SubmissionKey });
        builder.Property(d => d.SubmissionKey).ValueGeneratedNever();
        builder.Property(d => d.TargetCode).HasMaxLength(32);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.UserId);
        builder.Property(a => a.Action).HasMaxLength(128);
        builder.Property(a => a.Target).HasMaxLength(128);
    }
}

internal sealed class NumberSequenceConfiguration : IEntityTypeConfiguration<NumberSequence>
{
    public void Configure(EntityTypeBuilder<NumberSequence> builder)
    {
        // Each center counts its own numbers; the rows of a single-center installation belong to the default center.
        builder.HasKey(s => new { s.CenterId, s.Prefix, s.Day });
        builder.Property(s => s.CenterId).HasDefaultValue(Domain.Centers.Center.DefaultId).ValueGeneratedNever();
        builder.Property(s => s.Prefix).HasMaxLength(8);
        builder.Property(s => s.Day).HasMaxLength(8);
    }
}

internal sealed class ClerkFavouriteConfiguration : IEntityTypeConfiguration<ClerkFavourite>
{
    public void Configure(EntityTypeBuilder<ClerkFavourite> builder)
    {
        builder.HasKey(f => new { f.UserId, f.Code });
        builder.Property(f => f.Code).HasMaxLength(16);
    }
}
