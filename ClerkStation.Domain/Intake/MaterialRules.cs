using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Intake;

/// <summary>How a material may be provided at the counter, as the catalog allows it.</summary>
public static class MaterialRules
{
    public static IReadOnlyList<MaterialStatus> AllowedStatuses(MaterialRequirement material)
    {
        var allowed = new List<MaterialStatus>();
        if (material.Form is not (MaterialForm.Copy or MaterialForm.Electronic))
        {
            allowed.Add(MaterialStatus.Original);
        }

        if (material.Form is MaterialForm.Copy or MaterialForm.OriginalAndCopy)
        {
            allowed.Add(MaterialStatus.Copy);
        }

        if (material.ELicense || material.Form == MaterialForm.Electronic)
        {
            allowed.Add(MaterialStatus.ELicense);
        }

        if (material.Commitment)
        {
            allowed.Add(MaterialStatus.Commitment);
        }

        allowed.Add(MaterialStatus.Missing);
        return allowed;
    }

    /// <summary>Required (given what the form says) and not provided in any allowed way.</summary>
    public static bool IsMissing(MaterialRequirement material, bool required, MaterialStatus? status) =>
        required && (status is null or MaterialStatus.Missing || !AllowedStatuses(material).Contains(status.Value));
}
