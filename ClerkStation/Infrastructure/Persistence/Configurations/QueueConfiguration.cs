using ClerkStation.Domain.Queue;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClerkStation.Infrastructure.Persistence.Configurations;

internal sealed class QueueTicketConfiguration : IEntityTypeConfiguration<QueueTicket>
{
    public void Configure(EntityTypeBuilder<QueueTicket> builder)
    {
        builder.ToTable("QueueTickets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Category).HasMaxLength(1);
        builder.Property(t => t.Number).HasMaxLength(8);
        builder.Property(t => t.Token).HasMaxLength(64);
        builder.Property(t => t.Priority).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ServedById).HasMaxLength(64);
        builder.Property(t => t.TransferNote).HasMaxLength(500);
        builder.Ignore(t => t.IsPriority);
        // Two windows calling the same ticket at once: the second save fails and that window picks again.
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => t.Token).IsUnique();
        // The number, not (category, sequence): a ticket transferred to another category keeps its number.
        builder.HasIndex(t => new { t.CenterId, t.Day, t.Number }).IsUnique();
        builder.HasIndex(t => new { t.Day, t.Status });
        builder.HasIndex(t => new { t.ServedById, t.Status });
    }
}

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.ToTable("Visits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.TicketNumber).HasMaxLength(8);
        builder.Property(v => v.Category).HasMaxLength(1);
        builder.Property(v => v.ClerkId).HasMaxLength(64);
        builder.Property(v => v.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(v => v.ServiceTime);
        builder.HasIndex(v => v.TicketId);
        builder.HasIndex(v => new { v.Day, v.Category, v.Outcome });
    }
}

internal sealed class QueueDeviceConfiguration : IEntityTypeConfiguration<QueueDevice>
{
    public void Configure(EntityTypeBuilder<QueueDevice> builder)
    {
        builder.ToTable("QueueDevices");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.SecretHash).HasMaxLength(64);
        builder.Ignore(d => d.IsRevoked);
    }
}

internal sealed class WindowSeatConfiguration : IEntityTypeConfiguration<WindowSeat>
{
    public void Configure(EntityTypeBuilder<WindowSeat> builder)
    {
        builder.ToTable("WindowSeats");
        // The center's window is the key: a second clerk taking the same window at the same moment fails on the insert.
        builder.HasKey(s => new { s.CenterId, s.Window });
        builder.Property(s => s.Window).ValueGeneratedNever();
        builder.Property(s => s.ClerkId).HasMaxLength(64);
        builder.Property(s => s.ClerkName).HasMaxLength(100);
        builder.HasIndex(s => s.ClerkId).IsUnique();
    }
}
