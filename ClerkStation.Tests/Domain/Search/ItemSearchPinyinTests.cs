using ClerkStation.Domain.Search;

namespace ClerkStation.Tests.Domain.Search;

/// <summary>Item search by pinyin: initials, full pinyin across syllables, partial syllables while typing and polyphone readings.</summary>
public sealed class ItemSearchPinyinTests : ItemSearchTestBase
{
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
}
