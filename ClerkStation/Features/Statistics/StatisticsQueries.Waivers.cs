using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Statistics;

namespace ClerkStation.Features.Statistics;

/// <summary>免提交: required materials waived by e-licence or commitment, counted from the cases' recorded materials.</summary>
public static partial class StatisticsQueries
{
    /// <summary>The recorded materials' waiver counts per department and item of <paramref name="accepted"/>, streamed.</summary>
    internal static async Task<Dictionary<(string Department, string Item), WaiverCount>> CountWaiversAsync(IQueryable<Case> accepted, Catalog? catalog, CancellationToken ct)
    {
        var counts = new Dictionary<(string Department, string Item), WaiverCount>();
        var rows = accepted.Select(c => new { c.DepartmentCode, c.ItemCode, Materials = EF.Property<List<MaterialRecord>>(c, "_materials") }).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
        {
            var key = (row.DepartmentCode, row.ItemCode);
            counts[key] = counts.GetValueOrDefault(key, WaiverCount.Zero).Add(WaiverCount.Of(row.Materials, catalog?.FindItem(row.ItemCode)));
        }

        return counts;
    }

    internal static WaiverFigures WaiversOf(IEnumerable<KeyValuePair<(string Department, string Item), WaiverCount>> counts)
    {
        static List<WaiverRow> Sum(IEnumerable<IGrouping<string, WaiverCount>> groups) => groups
            .Select(g => new WaiverRow(g.Key, g.Aggregate(WaiverCount.Zero, (a, b) => a.Add(b))))
            .Where(r => r.Count.Required > 0)
            .OrderByDescending(r => r.Count.Required).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();

        var list = counts.ToList();
        return new WaiverFigures(
            list.Select(p => p.Value).Aggregate(WaiverCount.Zero, (a, b) => a.Add(b)),
            Sum(list.GroupBy(p => p.Key.Department, p => p.Value)),
            Sum(list.GroupBy(p => p.Key.Item, p => p.Value)));
    }
}
