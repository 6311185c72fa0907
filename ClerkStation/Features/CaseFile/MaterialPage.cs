using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClerkStation.Features.CaseFile;

/// <summary>
/// 材料页: one scanned or uploaded page of a material. Attached first to an application being filled in (its submission
/// key, like the draft), then to the case the decision creates, in the decision's own transaction. The bytes live in the
/// content-addressed file store under <see cref="Hash"/>; several rows may share one file.
/// </summary>
public sealed class MaterialPage
{
    public Guid Id { get; set; }

    /// <summary>The application the page was attached to at the counter (the draft's submission key).</summary>
    public Guid SubmissionKey { get; set; }

    /// <summary>The case it belongs to once accepted; null while the application is a draft.</summary>
    public Guid? CaseId { get; set; }

    public string MaterialCode { get; set; } = string.Empty;

    /// <summary>Order of the page within its material (1, 2, …).</summary>
    public int PageOrder { get; set; }

    /// <summary>SHA-256 of the stored (normalized) bytes, lower-case hex.</summary>
    public string Hash { get; set; } = string.Empty;

    public long Size { get; set; }

    /// <summary>image/jpeg, image/png or application/pdf: decided from the bytes.</summary>
    public string ContentType { get; set; } = string.Empty;

    /// <summary>Pages of a PDF (from its page tree); 1 for an image.</summary>
    public int SheetCount { get; set; } = 1;

    public string UploadedBy { get; set; } = string.Empty;

    public string UploadedByName { get; set; } = string.Empty;

    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>Added when the clerk recorded a supplement the back office asked for: the reviewer sees it as new.</summary>
    public bool FromSupplement { get; set; }

    public static MaterialPage Of(StoredFile file, Guid submissionKey, Guid? caseId, string materialCode, int order, Domain.Staff.Actor clerk, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        SubmissionKey = submissionKey,
        CaseId = caseId,
        MaterialCode = materialCode,
        PageOrder = order,
        Hash = file.Hash,
        Size = file.Size,
        ContentType = file.ContentType,
        SheetCount = file.Sheets,
        UploadedBy = clerk.UserId,
        UploadedByName = clerk.DisplayName,
        UploadedAt = now,
        FromSupplement = caseId is not null,
    };
}

internal sealed class MaterialPageConfiguration : IEntityTypeConfiguration<MaterialPage>
{
    public void Configure(EntityTypeBuilder<MaterialPage> builder)
    {
        builder.ToTable("MaterialPages");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.MaterialCode).HasMaxLength(64);
        builder.Property(p => p.Hash).HasMaxLength(64);
        builder.Property(p => p.ContentType).HasMaxLength(32);
        builder.Property(p => p.UploadedBy).HasMaxLength(450);
        builder.Property(p => p.UploadedByName).HasMaxLength(128);
        builder.HasIndex(p => p.SubmissionKey);
        builder.HasIndex(p => p.CaseId);
        builder.HasIndex(p => p.Hash);
    }
}
