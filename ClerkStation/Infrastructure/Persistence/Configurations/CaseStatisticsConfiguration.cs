using ClerkStation.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClerkStation.Infrastructure.Persistence.Configurations;

/// <summary>
/// What the supervisor's floor and statistics need from the Cases table: the decision and delivery days as generated
/// (virtual) columns — the first ten characters of the stored center-local timestamp — and covering indexes, so every
/// figure is one index range scan with GROUP BY in the database (see docs/performance/supervisor.md).
/// </summary>
internal sealed class CaseStatisticsConfiguration : IEntityTypeConfiguration<Case>
{
    public const string DecidedOn = nameof(DecidedOn);
    public const string DeliveredOn = nameof(DeliveredOn);

    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.Property<DateOnly?>(DecidedOn).HasComputedColumnSql("substr(\"DecidedAt\", 1, 10)", stored: false);
        builder.Property<DateOnly?>(DeliveredOn).HasComputedColumnSql("substr(\"DeliveredAt\", 1, 10)", stored: false);

        builder.HasIndex(nameof(Case.AcceptedOn), nameof(Case.DepartmentCode), nameof(Case.ItemKind), nameof(Case.ItemCode), nameof(Case.AcceptedById), nameof(Case.AcceptedByName))
            .HasDatabaseName("IX_Cases_Stats_Accepted");
        builder.HasIndex(DecidedOn, nameof(Case.ItemKind), nameof(Case.DepartmentCode), nameof(Case.AcceptedOn), nameof(Case.PromisedDays), nameof(Case.PausedWorkingDays), nameof(Case.AssignedClerkId), nameof(Case.AssignedClerkName))
            .HasDatabaseName("IX_Cases_Stats_Decided");
        builder.HasIndex(nameof(Case.Status), nameof(Case.DepartmentCode), nameof(Case.ClaimedById), nameof(Case.ClaimedByName))
            .HasDatabaseName("IX_Cases_Floor_Open");
        builder.HasIndex(nameof(Case.Status), nameof(Case.AssignedClerkId), nameof(Case.AssignedClerkName))
            .HasDatabaseName("IX_Cases_Floor_Clerk");
    }
}
