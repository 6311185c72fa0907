using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Statistics;

/// <summary>
/// 免提交率: of the required materials of accepted cases, how many the applicant did not bring on paper because the
/// system fetched an e-licence (电子证照) or the applicant signed a commitment (告知承诺).
/// </summary>
public sealed record WaiverCount(int Required, int ELicence, int Commitment)
{
    public static WaiverCount Zero { get; } = new(0, 0, 0);

    public int Waived => ELicence + Commitment;

    /// <summary>Waived over required, in percent with one decimal (0 when nothing was required).</summary>
    public double Share => Figures.Percent(Waived, Required);

    public WaiverCount Add(WaiverCount other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Required + other.Required, ELicence + other.ELicence, Commitment + other.Commitment);
    }

    /// <summary>
    /// Counts one case's recorded materials. A case records every material its form made required plus any optional one
    /// the clerk marked; those the catalog calls plainly optional (<paramref name="item"/>: neither required nor
    /// conditionally required) are not required materials and are left out. Without the item (no longer in the catalog)
    /// every recorded material counts.
    /// </summary>
    public static WaiverCount Of(IEnumerable<MaterialRecord> recorded, ServiceItem? item)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        int required = 0, licence = 0, commitment = 0;
        foreach (var m in recorded)
        {
            var requirement = item?.Materials.FirstOrDefault(r => r.Code == m.Code);
            if (requirement is { Required: false, RequiredWhen: null })
            {
                continue;
            }

            required++;
            licence += m.Status == MaterialStatus.ELicense ? 1 : 0;
            commitment += m.Status == MaterialStatus.Commitment ? 1 : 0;
        }

        return new(required, licence, commitment);
    }
}

/// <summary>One department's or item's waiver figures.</summary>
public sealed record WaiverRow(string Code, WaiverCount Count);

/// <summary>The waiver figures of a statistics range: the total, per department and per item (most required first).</summary>
public sealed record WaiverFigures(WaiverCount Total, IReadOnlyList<WaiverRow> ByDepartment, IReadOnlyList<WaiverRow> ByItem)
{
    public static WaiverFigures Empty { get; } = new(WaiverCount.Zero, [], []);
}
