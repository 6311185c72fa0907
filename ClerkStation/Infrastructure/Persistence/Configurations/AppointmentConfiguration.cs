using ClerkStation.Domain.Appointments;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClerkStation.Infrastructure.Persistence.Configurations;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("Appointments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Code).HasMaxLength(8);
        builder.Property(a => a.Category).HasMaxLength(1);
        builder.Property(a => a.ApplicantName).HasMaxLength(50);
        builder.Property(a => a.IdNumber).HasMaxLength(18);
        builder.Property(a => a.Phone).HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.BookedById).HasMaxLength(100);
        builder.Property(a => a.BookedByName).HasMaxLength(100);
        builder.Property(a => a.IdempotencyKey).HasMaxLength(128);
        builder.Property(a => a.BodyHash).HasMaxLength(64);
        builder.Property(a => a.TicketNumber).HasMaxLength(8);
        builder.Ignore(a => a.Slot);
        builder.Ignore(a => a.HoldsPlace);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => a.Code).IsUnique();
        // Two bookings racing for the last place of a slot: the second insert fails on its place number (a cancelled
        // booking's place is null, and nulls never collide), and its handler books again against the fresh count.
        builder.HasIndex(a => new { a.CenterId, a.SlotStart, a.Category, a.Place }).IsUnique();
        // An API client's retry with the same Idempotency-Key finds the first booking.
        builder.HasIndex(a => new { a.BookedById, a.IdempotencyKey }).IsUnique();
        builder.HasIndex(a => new { a.CenterId, a.Day, a.IdNumber });
        // One booking per ID number per slot start, whatever the category, kept by the database: two bookings of the same
        // person racing for one slot collide here and the second is told "already booked" by the domain on its retry.
        // A cancelled booking (no place) does not count. The filter's SQL is the same on SQLite and PostgreSQL.
        builder.HasIndex(a => new { a.CenterId, a.SlotStart, a.IdNumber }).IsUnique().HasFilter("\"Place\" IS NOT NULL")
            .HasDatabaseName("IX_Appointments_OnePerPersonPerSlot");
    }
}
