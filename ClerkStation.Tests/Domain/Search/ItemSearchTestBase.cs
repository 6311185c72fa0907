using ClerkStation.Domain.Search;

namespace ClerkStation.Tests.Domain.Search;

/// <summary>What the item search tests share: the index over <see cref="SearchTestData"/> and ways to read its hits.</summary>
public abstract class ItemSearchTestBase
{
    protected static readonly ItemSearchIndex Index = SearchTestData.Index;

    protected static List<string> Codes(string query, SearchOptions? options = null) =>
        [.. Index.Search(query, options ?? new SearchOptions()).Select(h => h.Code)];

    /// <summary>Without the fuzzy tail that few-hit queries get (changqi ~ zhangqia).</summary>
    protected static List<string> ExactCodes(string query) =>
        [.. Index.Search(query, new SearchOptions()).Where(h => h.Kind != MatchKind.PinyinFuzzy).Select(h => h.Code)];

    protected static SearchHit Hit(string query, string code) =>
        Index.Search(query, new SearchOptions()).Single(h => h.Code == code);
}
