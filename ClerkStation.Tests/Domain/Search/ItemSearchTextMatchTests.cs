using ClerkStation.Domain.Search;

namespace ClerkStation.Tests.Domain.Search;

/// <summary>Item search by hanzi, keyword and English text, spaced queries, the limit and fullwidth input, and an index's codes.</summary>
public sealed class ItemSearchTextMatchTests : ItemSearchTestBase
{
    [Fact]
    public void Hanzi_substring_matches_and_whole_name_is_exact()
    {
        var hits = Index.Search("残疾人证", new SearchOptions());
        Assert.Equal(["cl-001", "cl-003", "cl-002"], hits.Select(h => h.Code));
        Assert.All(hits, h => Assert.Equal(new HighlightRange(0, 4), h.Highlights.Single()));

        var exact = Index.Search("人民调解申请", new SearchOptions());
        Assert.Equal("sf-001", exact[0].Code);
        Assert.Equal(MatchKind.Exact, exact[0].Kind);
        Assert.Equal(MatchKind.HanziSubstring, Hit("调解申请", "rs-004").Kind);
    }

    [Fact]
    public void A_whole_keyword_ranks_its_item_above_names_that_contain_the_text()
    {
        var hits = Index.Search("低保", new SearchOptions());
        Assert.Equal("mz-001", hits[0].Code); // 低保 is the minimum allowance application's own keyword
        Assert.Equal(MatchKind.Keyword, hits[0].Kind);
        Assert.Equal(MatchKind.HanziSubstring, hits.Single(h => h.Code == "mz-006").Kind);
        Assert.Contains("mz-002", hits.Select(h => h.Code));
        Assert.Contains("mz-001", Codes("dibao"));
        Assert.Contains("yb-001", Codes("长护险"));
    }

    [Fact]
    public void English_words_match_case_insensitively_by_prefix()
    {
        Assert.Equal(["cl-001", "cl-002", "cl-003"], Codes("Disability").Order());
        Assert.Equal(["rs-004", "sf-001"], Codes("MEDIATION").Order());
        Assert.Contains("yb-002", Codes("medic"));
        Assert.Equal(MatchKind.English, Hit("provident", "gjj-001").Kind);
    }

    [Fact]
    public void All_terms_of_a_spaced_query_must_match()
    {
        Assert.Equal(["cl-003"], Codes("残疾 zhuxiao"));
        Assert.Equal(["cl-002"], Codes("canji biangeng"));
        Assert.Equal(["cl-002"], Codes("disability change"));
        var hit = Index.Search("残疾 变更", new SearchOptions()).Single();
        Assert.Equal(2, hit.Highlights.Count);
    }

    [Fact]
    public void Limit_caps_the_results_and_fullwidth_input_is_normalized()
    {
        Assert.Equal(3, Codes("shenqing", new SearchOptions { Limit = 3 }).Count);
        Assert.Empty(Codes("shenqing", new SearchOptions { Limit = 0 }));
        Assert.Contains("cl-001", Codes("ＣＡＮＪＩ"));
    }

    [Fact]
    public void Duplicate_codes_are_rejected()
    {
        var e = SearchTestData.Entries[0];
        Assert.Throws<ArgumentException>(() => ItemSearchIndex.Build([e, e]));
    }
}
