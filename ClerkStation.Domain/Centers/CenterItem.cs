using ClerkStation.Domain.Common;

namespace ClerkStation.Domain.Centers;

/// <summary>
/// One item of the shared catalog that a center offers at its counters (ADR 0025). A center without any offers every
/// item of the catalog.
/// </summary>
public sealed class CenterItem : ICenterOwned
{
    private CenterItem()
    {
    }

    public CenterItem(int centerId, string itemCode)
    {
        CenterId = centerId;
        ItemCode = itemCode;
    }

    public int CenterId { get; private set; }

    public string ItemCode { get; private set; } = string.Empty;

    /// <summary>Whether <paramref name="itemCode"/> is offered by a center whose list is <paramref name="offered"/>.</summary>
    public static bool IsOffered(IReadOnlySet<string>? offered, string itemCode) => offered is null || offered.Contains(itemCode);
}
