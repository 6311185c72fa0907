namespace ClerkStation.Infrastructure.Practice;

/// <summary>A clerk's or trainer's explicit choice of the practice workspace (production database only).</summary>
public sealed class WorkspacePreference
{
    public string UserId { get; set; } = string.Empty;

    public bool Practice { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}

internal sealed class WorkspacePreferenceConfiguration : IEntityTypeConfiguration<WorkspacePreference>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<WorkspacePreference> builder)
    {
        builder.ToTable("WorkspacePreferences");
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.UserId).HasMaxLength(450);
    }
}
