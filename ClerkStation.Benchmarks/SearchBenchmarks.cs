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

    [Params(213, 3000)]
    public int Items { get; set; }

    /// <summary>label:query, label first so the report reads well.</summary>
    [Params("hanzi:残疾人证", "initials:zdshbz", "pinyin:canjiren", "pinyin-many:biangeng", "typo:canjirne", "english:disability")]
    public string Query { get; set; } = "";

    private string Text => Query[(Query.IndexOf(':', StringComparison.Ordinal) + 1)..];

    [GlobalSetup]
    public void Setup()
    {
        var entries = CatalogData.Load(Items);
        _index = ItemSearchIndex.Build(entries);
        _naive = new NaiveSearch(entries);
    }

    [Benchmark(Baseline = true)]
    public int NaiveContains() => _naive.Search(Text).Count;

    [Benchmark]
    public int Index() => _index.Search(Text, _options).Count;
}
