using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Domain.Statistics;

namespace ClerkStation.Features.Statistics;

/// <summary>One department's, item's, clerk's and channel's share of the cases accepted on a day.</summary>
public readonly record struct AcceptedKey(string Department, string Item, string ClerkId, string ClerkName, Channel Channel);

/// <summary>
/// What one center's cases add to its statistics on one day (ADR 0030): the cases accepted that day (per department,
/// item, clerk and channel, and their waived materials) and the promised cases decided that day (handling groups). Days
/// add up, so a range is the sum of its days; ratings, notices and follow-ups are not here (read live).
/// </summary>
public sealed class StatisticsDay(DateOnly day)
{
    public DateOnly Day { get; } = day;

    public Dictionary<AcceptedKey, (int Count, int Instant)> Accepted { get; } = new();

    public List<(string Department, HandlingGroup Group)> Decided { get; } = [];

    public Dictionary<(string Department, string Item), WaiverCount> Waivers { get; } = new();

    /// <summary>Counts the days <paramref name="from"/>..<paramref name="to"/> of the context's center (three queries over the span).</summary>
    public static async Task<IReadOnlyList<StatisticsDay>> CountAsync(ClerkDbContext db, Catalog? catalog, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var days = new Dictionary<DateOnly, StatisticsDay>();
        StatisticsDay On(DateOnly d) => days.TryGetValue(d, out var day) ? day : days[d] = new StatisticsDay(d);

        var accepted = db.Cases.AsNoTracking().Where(c => c.AcceptedOn >= from && c.AcceptedOn <= to);
        foreach (var g in await accepted
                     .GroupBy(c => new { c.AcceptedOn, c.DepartmentCode, c.ItemCode, c.AcceptedById, c.AcceptedByName, c.Channel })
                     .Select(g => new { g.Key, Count = g.Count(), Instant = g.Count(c => c.ItemKind == ItemKind.Instant) })
                     .ToListAsync(ct))
        {
            On(g.Key.AcceptedOn).Accepted[new AcceptedKey(g.Key.DepartmentCode, g.Key.ItemCode, g.Key.AcceptedById, g.Key.AcceptedByName, g.Key.Channel)] = (g.Count, g.Instant);
        }

        foreach (var (department, group) in await StatisticsQueries.HandlingAsync(db, from, to, null, ct))
        {
            On(group.DecidedOn).Decided.Add((department, group));
        }

        var rows = accepted.Select(c => new { c.AcceptedOn, c.DepartmentCode, c.ItemCode, Materials = EF.Property<List<Domain.Cases.MaterialRecord>>(c, "_materials") });
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var waivers = On(row.AcceptedOn).Waivers;
            var key = (row.DepartmentCode, row.ItemCode);
            waivers[key] = waivers.GetValueOrDefault(key, WaiverCount.Zero).Add(WaiverCount.Of(row.Materials, catalog?.FindItem(row.ItemCode)));
        }

        return days.Values.ToList();
    }

    /// <summary>The figures of <paramref name="days"/> added up, of one department or all, as the range query gives them.</summary>
    public static AcceptedFigures Sum(IEnumerable<StatisticsDay> days, string? department)
    {
        var list = days.ToList();
        bool Mine(string code) => department is null || string.Equals(code, department, StringComparison.Ordinal);
        var accepted = list.SelectMany(d => d.Accepted.Where(a => Mine(a.Key.Department)).Select(a => (d.Day, a.Key, a.Value.Count, a.Value.Instant))).ToList();
        return new AcceptedFigures(
            accepted.GroupBy(a => (a.Day, a.Key.Department)).Select(g => new DayDepartmentCount(g.Key.Day, g.Key.Department, g.Sum(a => a.Count), g.Sum(a => a.Instant))).ToList(),
            accepted.GroupBy(a => a.Key.Item, StringComparer.Ordinal).Select(g => new ItemVolume(g.Key, g.Sum(a => a.Count)))
                .OrderByDescending(i => i.Accepted).ThenBy(i => i.Code, StringComparer.Ordinal).Take(StatisticsQueries.TopItems).ToList(),
            accepted.GroupBy(a => a.Key.Channel).Select(g => KeyValuePair.Create(g.Key, g.Sum(a => a.Count))).ToList(),
            accepted.GroupBy(a => (a.Key.ClerkId, a.Key.ClerkName)).Select(g => new ClerkCount(g.Key.ClerkId, g.Key.ClerkName, g.Sum(a => a.Count), g.Sum(a => a.Instant))).ToList(),
            list.SelectMany(d => d.Decided).Where(h => Mine(h.Department)).ToList(),
            StatisticsQueries.WaiversOf(list.SelectMany(d => d.Waivers).Where(w => Mine(w.Key.Department))));
    }
}
