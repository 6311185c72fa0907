using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClerkStation.Features.Training;

// Training records are about people, not cases: they live in the production database only (ADR 0005).

/// <summary>One practice run of one scenario by one trainee: started, then scored when the counter decides.</summary>
public sealed class TrainingRun
{
    public Guid Id { get; set; }

    public string TraineeId { get; set; } = string.Empty;

    public string TraineeName { get; set; } = string.Empty;

    public string ScenarioCode { get; set; } = string.Empty;

    public Guid? AssignmentId { get; set; }

    public string DepartmentCode { get; set; } = string.Empty;

    public string ExpectedTarget { get; set; } = string.Empty;

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Set when the trainee started another run or was reset before deciding.</summary>
    public bool Abandoned { get; set; }

    /// <summary>Submissions the server refused as invalid during the run.</summary>
    public int FormErrors { get; set; }

    public string? ActualTarget { get; set; }

    public string? ActualDecision { get; set; }

    /// <summary>Case or decision numbers created in the practice database.</summary>
    public string? OutcomeNumbers { get; set; }

    public decimal? Points { get; set; }

    public decimal? MaxPoints { get; set; }

    public int? Percent { get; set; }

    /// <summary>The feedback lines (RunScore.Lines) as JSON.</summary>
    public string? FeedbackJson { get; set; }

    public bool IsActive => FinishedAt is null && !Abandoned;
}

/// <summary>A trainer gave a trainee a scenario to practise.</summary>
public sealed class TrainingAssignment
{
    public Guid Id { get; set; }

    public string TraineeId { get; set; } = string.Empty;

    public string ScenarioCode { get; set; } = string.Empty;

    public string AssignedById { get; set; } = string.Empty;

    public string AssignedByName { get; set; } = string.Empty;

    public DateTimeOffset AssignedAt { get; set; }

    public Guid? CompletedRunId { get; set; }
}

/// <summary>A scenario created or edited by a trainer in the UI; overrides a file scenario with the same code.</summary>
public sealed class TrainingScenarioRecord
{
    public string Code { get; set; } = string.Empty;

    public string Json { get; set; } = string.Empty;

    public string UpdatedById { get; set; } = string.Empty;

    public string UpdatedByName { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class TrainingRunConfiguration : IEntityTypeConfiguration<TrainingRun>
{
    public void Configure(EntityTypeBuilder<TrainingRun> builder)
    {
        builder.ToTable("TrainingRuns");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.TraineeId, r.StartedAt });
        builder.Property(r => r.TraineeId).HasMaxLength(450);
        builder.Property(r => r.ScenarioCode).HasMaxLength(40);
        builder.Property(r => r.Points).HasPrecision(6, 2);
        builder.Property(r => r.MaxPoints).HasPrecision(6, 2);
        builder.Ignore(r => r.IsActive);
    }
}

internal sealed class TrainingAssignmentConfiguration : IEntityTypeConfiguration<TrainingAssignment>
{
    public void Configure(EntityTypeBuilder<TrainingAssignment> builder)
    {
        builder.ToTable("TrainingAssignments");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.TraineeId);
        builder.Property(a => a.ScenarioCode).HasMaxLength(40);
    }
}

internal sealed class TrainingScenarioRecordConfiguration : IEntityTypeConfiguration<TrainingScenarioRecord>
{
    public void Configure(EntityTypeBuilder<TrainingScenarioRecord> builder)
    {
        builder.ToTable("TrainingScenarios");
        builder.HasKey(s => s.Code);
        builder.Property(s => s.Code).HasMaxLength(40);
    }
}
