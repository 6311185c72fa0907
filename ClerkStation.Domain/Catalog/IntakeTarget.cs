using ClerkStation.Domain.Forms;

namespace ClerkStation.Domain.Catalog;

/// <summary>
/// What a clerk opens at the counter: one item, or a bundle (一件事) that fans out to several items. Both present one
/// form, one materials list and the items that will become cases.
/// </summary>
public sealed record IntakeTarget
{
    public required string Code { get; init; }

    public required LocalizedText Name { get; init; }

    public bool IsBundle { get; init; }

    /// <summary>The items that become cases: the item itself, or every part of the bundle.</summary>
    public required IReadOnlyList<ServiceItem> Parts { get; init; }

    public required FormDefinition Form { get; init; }

    public required IReadOnlyList<MaterialRequirement> Materials { get; init; }

    /// <summary>Person or enterprise; a bundle whose parts differ accepts either.</summary>
    public ApplicantKind Applicant { get; init; }

    public static IntakeTarget ForItem(ServiceItem item, Catalog catalog) => new()
    {
        Code = item.Code,
        Name = item.Name,
        Parts = [item],
        Form = item.Form,
        Materials = item.Materials,
        Applicant = item.Applicant,
    };

    public static IntakeTarget ForBundle(Bundle bundle, Catalog catalog)
    {
        var parts = bundle.Parts.Select(catalog.FindItem).OfType<ServiceItem>().ToList();
        var kinds = parts.Select(p => p.Applicant).Distinct().ToList();
        return new IntakeTarget
        {
            Code = bundle.Code,
            Name = bundle.Name,
            IsBundle = true,
            Parts = parts,
            Form = bundle.MergedForm,
            Materials = bundle.Materials,
            Applicant = kinds.Count == 1 ? kinds[0] : ApplicantKind.Both,
        };
    }

    /// <summary>The materials required for what the applicant filled in (conditions evaluated on the form data).</summary>
    public IEnumerable<MaterialRequirement> RequiredMaterials(FormData data) => Materials.Where(m => m.IsRequired(data));
}
