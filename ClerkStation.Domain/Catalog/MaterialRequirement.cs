using ClerkStation.Domain.Forms;

namespace ClerkStation.Domain.Catalog;

/// <summary>One material of an item's checklist (材料清单).</summary>
public sealed record MaterialRequirement
{
    public required string Code { get; init; }

    public required LocalizedText Name { get; init; }

    public MaterialForm Form { get; init; } = MaterialForm.Original;

    public int Copies { get; init; } = 1;

    /// <summary>Always needed. False with <see cref="RequiredWhen"/> = conditional; false without = optional.</summary>
    public bool Required { get; init; }

    /// <summary>A condition on the item's form fields.</summary>
    public Condition? RequiredWhen { get; init; }

    /// <summary>The system can fetch it as an electronic licence (电子证照, 免提交).</summary>
    public bool ELicense { get; init; }

    /// <summary>The licence type (证照类型 code) a held, valid licence of which replaces the paper.</summary>
    public string? LicenceType { get; init; }

    /// <summary>The applicant may sign a commitment (告知承诺) instead.</summary>
    public bool Commitment { get; init; }

    public LocalizedText? Note { get; init; }

    public bool IsRequired(FormData data) => Required || (RequiredWhen?.Evaluate(data, data) ?? false);
}
