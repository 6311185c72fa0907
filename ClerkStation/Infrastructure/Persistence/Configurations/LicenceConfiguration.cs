using ClerkStation.Domain.Licences;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClerkStation.Infrastructure.Persistence.Configurations;

internal sealed class LicenceConfiguration : IEntityTypeConfiguration<Licence>
{
    public void Configure(EntityTypeBuilder<Licence> builder)
    {
        builder.ToTable("Licences");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.TypeCode).HasMaxLength(32);
        builder.Property(l => l.Number).HasMaxLength(64);
        builder.Property(l => l.HolderId).HasMaxLength(32);
        builder.Property(l => l.HolderName).HasMaxLength(128);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.CaseNumber).HasMaxLength(32);

        // One licence per number and type; the approval of a case issues each type once (the event may be replayed).
        builder.HasIndex(l => new { l.TypeCode, l.Number }).IsUnique();
        builder.HasIndex(l => new { l.CaseNumber, l.TypeCode }).IsUnique();
        builder.HasIndex(l => l.HolderId);
        builder.HasIndex(l => l.ValidUntil);
    }
}

internal sealed class LicenceUseConfiguration : IEntityTypeConfiguration<LicenceUse>
{
    public void Configure(EntityTypeBuilder<LicenceUse> builder)
    {
        builder.ToTable("LicenceUses");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.CaseNumber).HasMaxLength(32);
        builder.Property(u => u.MaterialCode).HasMaxLength(64);
        builder.Property(u => u.ClerkId).HasMaxLength(450);
        builder.Property(u => u.ClerkName).HasMaxLength(128);
        builder.HasOne<Licence>().WithMany().HasForeignKey(u => u.LicenceId);
        builder.HasIndex(u => u.CaseId);
    }
}
