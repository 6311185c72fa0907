namespace ClerkStation.Features.ItemSearch;

/// <summary>Which items of the shared catalog the context's center offers (ADR 0025).</summary>
public static class CenterItemOffer
{
    /// <summary>The center's list; null when it has none, which means every item of the catalog.</summary>
    public static async Task<IReadOnlySet<string>?> OfferedAsync(ClerkDbContext db, CancellationToken ct)
    {
        var codes = await db.CenterItems.AsNoTracking().Select(i => i.ItemCode).ToListAsync(ct);
        return codes.Count == 0 ? null : codes.ToHashSet(StringComparer.Ordinal);
    }
}
