using ClerkStation.Domain.Search;

namespace ClerkStation.Tests.Domain.Search;

/// <summary>A code finds its item; a keyword finds the main item before its variants (补办, 变更, 退出…).</summary>
public sealed class MainItemRankingTests
{
    private static readonly ItemSearchIndex Index = ItemSearchIndex.Build(
    [
        E("MZ-001", "最低生活保障家庭认定及保障金给付", "低保", "最低生活保障", "低保金"),
        E("MZ-002", "最低生活保障边缘家庭认定", "低保边缘"),
        E("MZ-010", "浙江省老年人优待证办理", "老年人优待证", "老年证"),
        E("MZ-015", "社会救助对象家庭人口及收入变更申报", "低保变更"),
        E("MZ-026", "低保、特困人员救助证明开具", "低保证明"),
        E("MZ-028", "浙江省老年人优待证遗失补办", "老年人优待证补办"),
        E("MZ-029", "最低生活保障、低保边缘家庭主动退出", "低保退出"),
        E("TJ-002", "退役军人优待证申领", "优待证"),
        E("TJ-013", "退役军人优待证补领、换领", "优待证补领"),
    ]);

    // The variants are the ones the clerks of this center use most: usage must not put them first.
    private static readonly SearchOptions Busy = new()
    {
        UsageCounts = new Dictionary<string, int> { ["MZ-026"] = 90, ["MZ-029"] = 40, ["MZ-028"] = 30, ["TJ-013"] = 30 },
    };

    private static List<string> Codes(string query, SearchOptions? options = null) =>
        [.. Index.Search(query, options ?? Busy).Select(h => h.Code)];

    [Theory]
    [InlineData("MZ-001")]
    [InlineData("mz-001")]
    [InlineData("mz001")]
    [InlineData(" Mz-001 ")]
    public void An_item_code_finds_the_item_whatever_the_case(string query)
    {
        var hit = Index.Search(query, Busy)[0];
        Assert.Equal("MZ-001", hit.Code);
        Assert.Equal(ItemSearchIndex.ScoreExact, hit.Score);
    }

    [Fact]
    public void A_code_prefix_lists_the_department_in_code_order_of_quality()
    {
        var codes = Codes("mz-02", new SearchOptions());
        Assert.Equal(["MZ-026", "MZ-028", "MZ-029"], codes.Order());
        Assert.DoesNotContain("TJ-002", Codes("mz-0"));
        Assert.Empty(Codes("mz-9"));
    }

    [Fact]
    public void Letters_alone_stay_a_pinyin_query()
    {
        Assert.DoesNotContain("MZ-001", Codes("mz")); // 'mz' is not the initials of 最低生活保障…
    }

    [Fact]
    public void The_keyword_of_the_main_item_comes_first()
    {
        Assert.Equal("MZ-001", Codes("低保")[0]);
        Assert.Equal("MZ-001", Codes("dibao")[0]);
    }

    [Fact]
    public void The_main_item_comes_before_its_variants()
    {
        var codes = Codes("优待证");
        Assert.Equal("TJ-002", codes[0]);
        Assert.True(codes.IndexOf("MZ-010") < codes.IndexOf("MZ-028"), string.Join(",", codes));
        Assert.True(codes.IndexOf("TJ-002") < codes.IndexOf("TJ-013"), string.Join(",", codes));
        var elderly = Codes("老年人优待证");
        Assert.True(elderly.IndexOf("MZ-010") < elderly.IndexOf("MZ-028"), string.Join(",", elderly));
    }

    [Fact]
    public void A_query_that_asks_for_the_variant_gets_it_first()
    {
        Assert.Equal("MZ-028", Codes("优待证 补办")[0]);
        Assert.Equal("MZ-029", Codes("低保 退出")[0]);
    }

    private static SearchEntry E(string code, string zh, params string[] keywords) => new(code, zh, zh, code[..2], "Promised", keywords);
}
