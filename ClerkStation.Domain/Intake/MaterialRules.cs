using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;

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

        if (material.ELicense || material.LicenceType is not null || material.Form == MaterialForm.Electronic)
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

    /// <summary>
    /// What an accepted case records of its item's <paramref name="materials"/>: every one the clerk marked, and every one
    /// the form makes required (as missing when not marked). Optional materials nobody marked are left out.
    /// </summary>
    /// <param name="licences">Per material given as an e-licence, the licence used instead of paper (免提交).</param>
    public static IReadOnlyList<MaterialRecord> Recorded(
        IEnumerable<MaterialRequirement> materials, FormData data, IReadOnlyDictionary<string, MaterialStatus> given,
        IReadOnlyDictionary<string, Guid>? licences = null)
    {
        ArgumentNullException.ThrowIfNull(materials);
        ArgumentNullException.ThrowIfNull(given);
        return materials
            .Where(m => given.ContainsKey(m.Code) || m.IsRequired(data))
            .Select(m => new MaterialRecord(m.Code, m.Name, given.GetValueOrDefault(m.Code, MaterialStatus.Missing))
            {
                LicenceId = given.GetValueOrDefault(m.Code) == MaterialStatus.ELicense && licences?.TryGetValue(m.Code, out var id) == true ? id : null,
            })
            .ToList();
    }
}
