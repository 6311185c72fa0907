using ClerkStation.Domain.Cases;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClerkStation.Infrastructure.Persistence.Configurations;

/// <summary>
/// What the supervisor's floor and statistics need from the Cases table: covering indexes, so every figure is one index
/// range scan with GROUP BY in the database (see docs/performance/supervisor.md). Decision days are ranges over the
/// stored center-local DecidedAt text ("yyyy-MM-dd HH:mm:ss+08:00"), whose first ten characters are the day.
/// </summary>
internal sealed class CaseStatisticsConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {

        builder.HasIndex(nameof(Case.AcceptedOn), nameof(Case.DepartmentCode), nameof(Case.ItemKind), nameof(Case.ItemCode), nameof(Case.AcceptedById), nameof(Case.AcceptedByName))
            .HasDatabaseName("IX_Cases_Stats_Accepted");
        builder.HasIndex(nameof(Case.DecidedAt), nameof(Case.ItemKind), nameof(Case.DepartmentCode), nameof(Case.AcceptedOn), nameof(Case.PromisedDays), nameof(Case.PausedWorkingDays), nameof(Case.AssignedClerkId), nameof(Case.AssignedClerkName))
            .HasDatabaseName("IX_Cases_Stats_Decided");
        builder.HasIndex(nameof(Case.Status), nameof(Case.DepartmentCode), nameof(Case.ClaimedById), nameof(Case.ClaimedByName))
            .HasDatabaseName("IX_Cases_Floor_Open");
        builder.HasIndex(nameof(Case.Status), nameof(Case.AssignedClerkId), nameof(Case.AssignedClerkName))
            .HasDatabaseName("IX_Cases_Floor_Clerk");
    }
}
