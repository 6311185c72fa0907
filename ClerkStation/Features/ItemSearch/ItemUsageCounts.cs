namespace ClerkStation.Features.ItemSearch;

/// <summary>
/// How often each item was accepted, by whom, since a day: the picker's ranking input. A case never changes its item,
/// its accepting clerk or its acceptance day, so the counts of the days before today are counted once a day per
/// database and kept; only today's are counted on each open (an index range of one day instead of a 90-day GROUP BY
/// over every case). Only for a database whose past cases are never deleted: the practice database is reset, so it is
/// counted live (and it is small).
/// </summary>
public sealed class ItemUsageCounts
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (DateOnly Since, DateOnly Today, Task<List<UsageCount>> Counts)> _earlierDays = new(StringComparer.Ordinal);

    /// <summary>Cases accepted per item and clerk on days from <paramref name="since"/> on (today included).</summary>
    public async Task<IReadOnlyList<UsageCount>> SinceAsync(IDbContextFactory<ClerkDbContext> dbFactory, DateOnly since, DateOnly today, bool keepPastDays, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!keepPastDays)
        {
            return await CountAsync(db.Cases.Where(c => c.AcceptedOn >= since), ct);
        }

        var earlier = EarlierDays(dbFactory, db.Database.GetConnectionString() ?? string.Empty, since, today);
        var fromToday = await CountAsync(db.Cases.Where(c => c.AcceptedOn >= today), ct);
        return [.. await earlier.WaitAsync(ct), .. fromToday];
    }

    private Task<List<UsageCount>> EarlierDays(IDbContextFactory<ClerkDbContext> dbFactory, string database, DateOnly since, DateOnly today)
    {
        lock (_lock)
        {
            if (_earlierDays.TryGetValue(database, out var kept) && kept.Since == since && kept.Today == today && !kept.Counts.IsFaulted && !kept.Counts.IsCanceled)
            {
                return kept.Counts;
            }

            // Counted once for everyone who opens the picker today, never cancelled by the first of them leaving.
            var counts = Task.Run(async () =>
            {
                await using var db = await dbFactory.CreateDbContextAsync();
                return await CountAsync(db.Cases.Where(c => c.AcceptedOn >= since && c.AcceptedOn < today), CancellationToken.None);
            });
            _earlierDays[database] = (since, today, counts);
            return counts;
        }
    }

    private static Task<List<UsageCount>> CountAsync(IQueryable<Domain.Cases.Case> cases, CancellationToken ct) =>
        cases.AsNoTracking()
            .GroupBy(c => new { c.ItemCode, c.AcceptedById })
            .Select(g => new UsageCount(g.Key.ItemCode, g.Key.AcceptedById, g.Count()))
            .ToListAsync(ct);
}

/// <summary>Cases of one item accepted by one clerk.</summary>
public sealed record UsageCount(string ItemCode, string AcceptedById, int Count);
