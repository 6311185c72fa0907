using ClerkStation.Domain.Search;

namespace ClerkStation.Tests.Domain.Search;

/// <summary>Item search's options: the department filter, favourites, usage counts, and the suggestions for an empty query.</summary>
public sealed class ItemSearchOptionsTests : ItemSearchTestBase
{
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
}
