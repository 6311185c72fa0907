using ClerkStation.Domain.Search;

namespace ClerkStation.Tests.Domain.Search;

public class ItemSearchIndexTests
{
    private static readonly ItemSearchIndex Index = SearchTestData.Index;

    private static List<string> Codes(string query, SearchOptions? options = null) =>
        [.. Index.Search(query, options ?? new SearchOptions()).Select(h => h.Code)];

    /// <summary>Without the fuzzy tail that few-hit queries get (changqi ~ zhangqia).</summary>
    private static List<string> ExactCodes(string query) =>
        [.. Index.Search(query, new SearchOptions()).Where(h => h.Kind != MatchKind.PinyinFuzzy).Select(h => h.Code)];

    private static SearchHit Hit(string query, string code) =>
        Index.Search(query, new SearchOptions()).Single(h => h.Code == code);

    [Fact]
    public void Initials_of_an_alias_find_the_minimum_allowance_item()
    {
        var hits = Index.Search("dbsq", new SearchOptions());
        Assert.Equal("mz-001", hits[0].Code);
        Assert.Equal(MatchKind.Keyword, hits[0].Kind);
    }

    [Fact]
    public void Initials_of_the_name_prefix_find_both_minimum_allowance_items()
    {
        var hits = Index.Search("zdshbz", new SearchOptions());
        Assert.Equal(["mz-002", "mz-001"], hits.Select(h => h.Code)); // shorter name first
        Assert.All(hits, h => Assert.Equal(MatchKind.Initials, h.Kind));
        Assert.Equal(new HighlightRange(0, 6), hits[0].Highlights.Single());
    }

    [Fact]
    public void Initials_of_a_substring_of_the_name_match()
    {
        var hit = Hit("jyba", "yb-002");
        Assert.Equal(MatchKind.Initials, hit.Kind);
        Assert.Equal("就医备案", SearchTestData.NameOf("yb-002").Substring(hit.Highlights[0].Start, hit.Highlights[0].Length));
    }

    [Fact]
    public void Full_pinyin_across_syllables_finds_disability_items_prefix_matches_first()
    {
        var hits = Index.Search("canjiren", new SearchOptions());
        Assert.Equal(["cl-001", "cl-003", "cl-002", "mz-003", "mz-004"], hits.Select(h => h.Code));
        Assert.All(hits, h => Assert.Equal(MatchKind.FullPinyin, h.Kind));
        Assert.Equal(new HighlightRange(2, 3), hits.Single(h => h.Code == "mz-003").Highlights[0]);
    }

    [Fact]
    public void Partial_last_syllable_matches_while_typing()
    {
        Assert.Contains("cl-001", Codes("canjir"));
        Assert.Contains("cl-001", Codes("canj"));
    }

    [Fact]
    public void Phrase_reading_biangeng_finds_every_change_item()
    {
        var codes = Codes("biangeng");
        Assert.Equal(["cl-002", "mz-005", "rs-002", "sc-001"], codes.Order());
    }

    [Fact]
    public void Polyphone_readings_yinhang_changqi_jifu_tiaojie_match()
    {
        Assert.Equal(MatchKind.Keyword, Hit("yinhang", "mz-005").Kind);
        Assert.Equal(["yb-001", "yb-002"], ExactCodes("changqi").Order());
        Assert.Equal(["mz-001"], ExactCodes("jifu"));
        Assert.Equal(["rs-004", "sf-001"], ExactCodes("tiaojie").Order());
        Assert.Contains("gjj-001", Codes("changhuan"));
    }

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

    [Fact]
    public void Department_filter_restricts_results()
    {
        Assert.Equal(["cl-002"], Codes("biangeng", new SearchOptions { Department = "cl" }));
        Assert.Empty(Codes("残疾人证", new SearchOptions { Department = "rs" }));
    }

    [Fact]
    public void Favourites_are_pinned_first_only_when_they_match()
    {
        var options = new SearchOptions { Favourites = new HashSet<string> { "mz-004", "rs-001" } };
        var codes = Codes("canjiren", options);
        Assert.Equal("mz-004", codes[0]);
        Assert.DoesNotContain("rs-001", codes);
    }

    [Fact]
    public void Usage_ranks_among_equal_matches_but_not_above_better_ones()
    {
        var usage = new Dictionary<string, int> { ["cl-003"] = 5, ["mz-004"] = 100 };
        var codes = Codes("canjiren", new SearchOptions { UsageCounts = usage });
        // 新办 is the main item; of its variants (注销, 变更) the used one comes first.
        Assert.Equal(["cl-001", "cl-003", "cl-002", "mz-004", "mz-003"], codes);
    }

    [Fact]
    public void Empty_query_returns_favourites_then_most_used()
    {
        var options = new SearchOptions
        {
            Favourites = new HashSet<string> { "sf-001", "unknown" },
            UsageCounts = new Dictionary<string, int> { ["rs-001"] = 3, ["mz-001"] = 9, ["cl-001"] = 0, ["sf-001"] = 1 },
        };
        var hits = Index.Search("  ", options);
        Assert.Equal(["sf-001", "mz-001", "rs-001"], hits.Select(h => h.Code));
        Assert.All(hits, h => Assert.Equal(MatchKind.Suggested, h.Kind));
        Assert.Empty(Index.Search("", new SearchOptions()));
        Assert.Equal(["mz-001"], Index.Search("", options with { Department = "mz" }).Select(h => h.Code));
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
