using ClerkStation.Domain.Search;

namespace ClerkStation.Benchmarks;

/// <summary>Benchmark catalog: ~213 real township item names (Data/items.tsv), optionally expanded like a county catalog.</summary>
public static class CatalogData
{
    // Real county catalogs split each parent item into sub-items (子项/情形); these are the common ones.
    private static readonly (string Zh, string En)[] SubItems =
    [
        ("新办", "new"), ("变更", "change"), ("注销", "cancellation"), ("补领", "reissue"), ("延续", "renewal"),
        ("换领", "replacement"), ("撤销", "revocation"), ("查询", "inquiry"), ("迁移", "transfer"), ("恢复", "restoration"),
        ("停发", "suspension"), ("年审", "annual review"), ("复核", "review"), ("备案", "filing"),
    ];

    public static IReadOnlyList<SearchEntry> LoadBase()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "items.tsv");
        return [.. File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(Parse)];
    }

    /// <summary>Base items plus sub-items (名称（变更）…) until <paramref name="count"/> entries.</summary>
    public static IReadOnlyList<SearchEntry> Load(int count)
    {
        var items = LoadBase();
        var result = new List<SearchEntry>(count);
        result.AddRange(items.Take(count));
        for (var s = 0; s < SubItems.Length && result.Count < count; s++)
            foreach (var item in items)
            {
                if (result.Count >= count)
                    break;
                var (zh, en) = SubItems[s];
                result.Add(item with
                {
                    Code = $"{item.Code}-{s + 1:D2}",
                    NameZh = $"{item.NameZh}（{zh}）",
                    NameEn = $"{item.NameEn} {en}",
                });
            }
        return result;
    }

    private static SearchEntry Parse(string line)
    {
        var c = line.Split('\t');
        var keywords = c.Length > 5 && c[5].Length > 0 ? c[5].Split('|') : [];
        return new SearchEntry(c[0], c[2], c[3], c[1], c[4], keywords);
    }
}
