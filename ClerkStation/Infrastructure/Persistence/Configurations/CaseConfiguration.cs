using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.PreApplications;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClerkStation.Infrastructure.Persistence.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(32);
        builder.HasIndex(c => new { c.CenterId, c.Number }).IsUnique();
        builder.HasIndex(c => c.Number);
        builder.Property(c => c.ItemCode).HasMaxLength(16);
        builder.Property(c => c.DepartmentCode).HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.ItemKind).HasConversion<string>().HasMaxLength(16);
        // Cases from before channels were recorded were all taken at the counter.
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16).HasDefaultValue(Channel.Counter);
        builder.Property(c => c.ItemName).HasConversion(JsonColumn.Converter<LocalizedText>(), JsonColumn.Comparer<LocalizedText>());
        builder.Property(c => c.Applicant).HasConversion(JsonColumn.Converter<Applicant>(), JsonColumn.Comparer<Applicant>());
        builder.Property(c => c.Delivery).HasConversion(JsonColumn.Converter<DeliveryRecord?>(), JsonColumn.Comparer<DeliveryRecord?>());
        builder.Property<List<MaterialRecord>>("_materials").HasColumnName("Materials")
            .HasConversion(JsonColumn.Converter<List<MaterialRecord>>(), JsonColumn.Comparer<List<MaterialRecord>>());
        builder.PrimitiveCollection<List<string>>("_supplementItems").HasColumnName("SupplementItems");
        builder.Ignore(c => c.Materials);
        builder.Ignore(c => c.SupplementItems);
        builder.Ignore(c => c.IsOpen);
        builder.Ignore(c => c.IsPaused);
        builder.Ignore(c => c.Deadline);

        // Two people acting on one case: the second save fails instead of silently overwriting the first.
        builder.Property(c => c.Version).IsConcurrencyToken();

        // The visit (queue ticket at a window) the case was accepted in; null for cases from before the queue or without a ticket.
        builder.Property<Guid?>(VisitLink.Property);
        builder.HasIndex(VisitLink.Property);

        builder.OwnsMany(c => c.Events, events =>
        {
            events.ToTable("CaseEvents");
            events.WithOwner().HasForeignKey("CaseId");
            events.HasKey(e => e.Id);
            events.Property(e => e.Id).ValueGeneratedNever();
            events.Property(e => e.Type).HasConversion<string>().HasMaxLength(32);
            events.Property(e => e.From).HasConversion<string>().HasMaxLength(24);
            events.Property(e => e.To).HasConversion<string>().HasMaxLength(24);
            events.HasIndex(e => e.At);
        });
        builder.Navigation(c => c.Events).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The queues and boards filter on these.
        // The department queue's covering index (center, department, status, due date, id): its 500 most urgent open
        // cases are sorted without reading a row.
        builder.HasIndex(c => new { c.CenterId, c.DepartmentCode, c.Status, c.DueDate, c.Id }).HasDatabaseName("IX_Cases_Queue");
        builder.HasIndex(c => new { c.Status, c.DueDate });
        builder.HasIndex(c => c.AcceptedOn);
        builder.HasIndex(c => c.AssignedClerkId);
        builder.HasIndex(c => c.BundleId);
    }
}
