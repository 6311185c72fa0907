using ClerkStation.Domain.Search;

namespace ClerkStation.Tests.Domain.Search;

public sealed class PolyphoneRankingTests
{
    [Fact]
    public void Initials_using_customary_readings_outrank_initials_that_need_a_rare_reading()
    {
        // 提 is usually ti; 大病提取 only reads "dbsq" with the rare reading shi. A clerk typing dbsq means 低保申请.
        var index = ItemSearchIndex.Build(
        [
            new SearchEntry("GJJ-011", "住房公积金重大疾病医疗提取", "Provident fund withdrawal for serious illness", "gjj", "Promised", ["大病提取"]),
            new SearchEntry("MZ-001", "最低生活保障家庭认定及保障金给付", "Minimum living allowance", "mz", "Promised", ["低保申请"]),
        ]);

        var hits = index.Search("dbsq");

        Assert.Equal(["MZ-001", "GJJ-011"], hits.Select(h => h.Code));
        Assert.True(hits[0].Score > hits[1].Score);
    }
}
