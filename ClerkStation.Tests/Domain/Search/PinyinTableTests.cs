using ClerkStation.Domain.Search;

namespace ClerkStation.Tests.Domain.Search;

public class PinyinTableTests
{
    [Fact]
    public void Polyphones_keep_every_reading_with_the_customary_one_first()
    {
        Assert.Equal("xing", PinyinTable.ReadingsOf('行')[0]);
        Assert.Contains("hang", PinyinTable.ReadingsOf('行'));
        Assert.Equal(["gei", "ji"], PinyinTable.ReadingsOf('给'));
        Assert.Equal("zhang", PinyinTable.ReadingsOf('长')[0]);
        Assert.Contains("chang", PinyinTable.ReadingsOf('长'));
        Assert.Equal("lv", PinyinTable.ReadingsOf('绿')[0]);
    }

    [Fact]
    public void Di_is_preferred_for_land_and_unknown_chars_have_no_reading()
    {
        Assert.Equal("di", PinyinTable.ReadingsOf('地')[0]);
        Assert.Empty(PinyinTable.ReadingsOf('a'));
        Assert.Empty(PinyinTable.ReadingsOf('（'));
    }

    [Fact]
    public void Table_covers_common_chars_used_in_item_names()
    {
        var missing = SearchTestData.Entries
            .SelectMany(e => e.NameZh)
            .Where(c => c is >= '\u4E00' and <= '\u9FFF' && PinyinTable.ReadingsOf(c).Count == 0)
            .ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("变更", "biangeng")]
    [InlineData("最低生活保障家庭认定及保障金给付", "zuidishenghuobaozhangjiatingrendingjibaozhangjinjifu")]
    [InlineData("银行卡", "yinhangka")]
    [InlineData("长期护理保险", "changqihulibaoxian")]
    [InlineData("劳动人事争议调解申请", "laodongrenshizhengyitiaojieshenqing")]
    [InlineData("住房公积金偿还住房贷款提取", "zhufanggongjijinchanghuanzhufangdaikuantiqu")]
    [InlineData("社会保障卡信息变更及密码重置", "shehuibaozhangkaxinxibiangengjimimachongzhi")]
    public void Phrase_overrides_give_the_preferred_form(string text, string expected)
    {
        Assert.Equal(expected, PinyinTable.ForText(text).Full[0]);
    }

    [Fact]
    public void ForText_gives_initials_skips_punctuation_and_keeps_ascii_runs()
    {
        var forms = PinyinTable.ForText("消费投诉举报受理（12315）");
        Assert.Equal("xiaofeitousujubaoshouli12315", forms.Full[0]);
        Assert.Equal("xftsjbsl1", forms.Initials[0]);
    }

    [Fact]
    public void ForText_expands_polyphones_up_to_the_cap()
    {
        var forms = PinyinTable.ForText("银行");
        Assert.Equal("yinhang", forms.Full[0]);
        Assert.Contains("yinxing", forms.Full);

        var many = PinyinTable.ForText("重行长差调还给");
        Assert.Equal(PinyinTable.MaxForms, many.Full.Count);
        Assert.Equal(many.Full.Count, many.Full.Distinct().Count());
    }
}
