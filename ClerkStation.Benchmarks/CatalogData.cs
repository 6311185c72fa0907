using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Search;

namespace ClerkStation.Benchmarks;

/// <summary>
/// Benchmark catalogs: the shipped catalog (seed-data/catalog: every item and 一件事 bundle, built into search entries
/// exactly as the app's CatalogSearch does) and a county-sized catalog expanded from it with sub-items.
/// </summary>
public static class CatalogData
{
    public const string Shipped = "shipped";
    public const string Expanded = "expanded-3000";
    public const int ExpandedSize = 3000;

    // Real county catalogs split each parent item into sub-items (子项/情形): 新办, 变更, 注销, 补领, 延续 first,
    // then the rarer ones, until the catalog is big enough.
    private static readonly (string Zh, string En)[] SubItems =
    [
        ("新办", "new application"), ("变更", "change"), ("注销", "cancellation"), ("补领", "reissue"), ("延续", "renewal"),
        ("换领", "replacement"), ("撤销", "revocation"), ("查询", "inquiry"), ("迁移", "transfer"), ("恢复", "restoration"),
        ("停发", "suspension"), ("年审", "annual review"), ("复核", "review"), ("备案", "filing"),
    ];

    private static Catalog? _catalog;

    public static IReadOnlyList<SearchEntry> Load(string catalog) => catalog switch
    {
        Shipped => LoadShipped(),
        Expanded => LoadExpanded(ExpandedSize),
        _ => throw new ArgumentOutOfRangeException(nameof(catalog), catalog, "expected shipped or expanded-3000"),
    };

    /// <summary>Every item and bundle of seed-data/catalog, as ClerkStation.Features.ItemSearch.CatalogSearch indexes them.</summary>
    public static IReadOnlyList<SearchEntry> LoadShipped()
    {
        var catalog = LoadCatalog();
        return
        [
            .. catalog.Items.Select(i => new SearchEntry(i.Code, i.Name.Zh, i.Name.En, i.DepartmentCode, i.Kind.ToString(), [.. i.Keywords, .. i.Aliases])),
            .. catalog.Bundles.Select(b => new SearchEntry(b.Code, b.Name.Zh, b.Name.En, string.Empty, "bundle", b.Keywords)),
        ];
    }

    /// <summary>
    /// The shipped catalog plus sub-items of every item (最低生活保障家庭认定及保障金给付（变更）, 居住证申领（浙江省居住证，
    /// 补领）…) until <paramref name="count"/> entries. Names stay real hanzi, so pinyin, initials and typos work on them
    /// as on the shipped names; keywords and aliases are inherited, as county catalogs do.
    /// </summary>
    public static IReadOnlyList<SearchEntry> LoadExpanded(int count)
    {
        var shipped = LoadShipped();
        var parents = shipped.Where(e => e.Kind != "bundle").ToList();
        var result = new List<SearchEntry>(count);
        result.AddRange(shipped.Take(count));
        for (var s = 0; s < SubItems.Length && result.Count < count; s++)
        {
            foreach (var item in parents)
            {
                if (result.Count >= count)
                {
                    break;
                }

                var (zh, en) = SubItems[s];
                result.Add(item with
                {
                    Code = $"{item.Code}-{s + 1:D2}",
                    NameZh = SubItemName(item.NameZh, zh),
                    NameEn = $"{item.NameEn} ({en})",
                });
            }
        }

        return result;
    }

    public static Catalog LoadCatalog()
    {
        if (_catalog is not null)
        {
            return _catalog;
        }

        var folder = Path.Combine(FindRepositoryRoot(), "seed-data", "catalog");
        var loaded = CatalogLoader.LoadFromDirectory(folder);
        if (!loaded.IsValid)
        {
            throw new InvalidOperationException(
                $"The catalog in {folder} does not load: " + string.Join("; ", loaded.Problems.Take(5).Select(p => p.ToString())));
        }

        return _catalog = loaded.Catalog!;
    }

    /// <summary>The folder holding ClerkStation.sln, searched upwards from the binaries (BenchmarkDotNet runs a generated
    /// project under bin/) and then from the working directory.</summary>
    public static string FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ClerkStation.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"ClerkStation.sln not found above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}");
    }

    // 名称（新办）; a name that already ends in a parenthesis keeps one: 居住证申领（浙江省居住证，补领）.
    private static string SubItemName(string name, string subItem) =>
        name.EndsWith('）') ? $"{name[..^1]}，{subItem}）" : $"{name}（{subItem}）";
}
