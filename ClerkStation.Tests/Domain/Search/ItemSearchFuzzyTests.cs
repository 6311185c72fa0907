using ClerkStation.Domain.Search;

namespace ClerkStation.Tests.Domain.Search;

/// <summary>Item search's tolerance of one pinyin typo: what it matches, where fuzzy hits rank, and the one-edit prefix distance.</summary>
public sealed class ItemSearchFuzzyTests : ItemSearchTestBase
{
    [Theory]
    [InlineData("canjirne")] // swapped neighbours
    [InlineData("canjren")]  // missing letter
    [InlineData("canjiten")] // wrong letter
    [InlineData("canjiiren")] // extra letter
    public void One_typo_in_pinyin_is_tolerated(string query)
    {
        var hits = Index.Search(query, new SearchOptions());
        Assert.Contains("cl-001", hits.Select(h => h.Code));
        Assert.All(hits, h => Assert.Equal(MatchKind.PinyinFuzzy, h.Kind));
    }

    [Fact]
    public void Two_typos_or_short_queries_are_not_fuzzy_matched()
    {
        Assert.Empty(Codes("cnajrien"));
        Assert.Empty(Codes("cnj"));
    }

    [Fact]
    public void Fuzzy_hits_rank_below_exact_ones_when_exact_hits_are_few()
    {
        var hits = Index.Search("changqi", new SearchOptions());
        Assert.Equal(["yb-001", "yb-002"], hits.Take(2).Select(h => h.Code).Order());
        Assert.Equal(MatchKind.PinyinFuzzy, hits.Single(h => h.Code == "rs-003").Kind); // zhangqia, z/zh slip
        Assert.True(hits[1].Score > hits[2].Score);
    }

    [Theory]
    [InlineData("canjiren", "canjirenzheng", true)]
    [InlineData("canjirne", "canjirenzheng", true)]
    [InlineData("canjren", "canjirenzheng", true)]
    [InlineData("xanjiren", "canjirenzheng", true)]
    [InlineData("acnjiren", "canjirenzheng", true)]
    [InlineData("canjirenx", "canjiren", true)]
    [InlineData("cnajrien", "canjirenzheng", false)]
    [InlineData("canjirenxy", "canjiren", false)]
    public void One_edit_prefix_distance(string query, string text, bool expected)
    {
        Assert.Equal(expected, ItemSearchIndex.WithinOneEdit(query, text));
    }
}
