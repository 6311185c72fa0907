using BenchmarkDotNet.Attributes;
using ClerkStation.Domain.Search;

namespace ClerkStation.Benchmarks;

[Config(typeof(PercentileConfig))]
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private ItemSearchIndex _index = null!;
    private NaiveSearch _naive = null!;
    private readonly SearchOptions _options = new();

    /// <summary>The shipped seed-data/catalog (items and bundles) or the 3,000-item catalog expanded from it.</summary>
    [Params(CatalogData.Shipped, CatalogData.Expanded)]
    public string Catalog { get; set; } = CatalogData.Shipped;

    /// <summary>label:query, label first so the report reads well.</summary>
    [Params("hanzi:残疾人证", "initials:zdshbzjt", "pinyin:canjirenzheng", "pinyin-many:biangeng", "typo:canjirnezheng", "english:disability")]
    public string Query { get; set; } = "";

    private string Text => Query[(Query.IndexOf(':', StringComparison.Ordinal) + 1)..];

    [GlobalSetup]
    public void Setup()
    {
        var entries = CatalogData.Load(Catalog);
        _index = ItemSearchIndex.Build(entries);
        _naive = new NaiveSearch(entries);
    }

    [Benchmark(Baseline = true)]
    public int NaiveContains() => _naive.Search(Text).Count;

    [Benchmark]
    public int Index() => _index.Search(Text, _options).Count;
}
