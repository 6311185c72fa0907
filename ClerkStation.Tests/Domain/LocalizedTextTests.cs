using System.Globalization;
using ClerkStation.Domain.Catalog;

namespace ClerkStation.Tests.Domain;

public class LocalizedTextTests
{
    [Fact]
    public void English_culture_gets_the_translation_and_falls_back_to_chinese_when_missing()
    {
        var text = new LocalizedText("低保", "Minimum living allowance");
        Assert.Equal("Minimum living allowance", text.Get(CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("低保", text.Get(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("低保", new LocalizedText("低保", "").Get(CultureInfo.GetCultureInfo("en-US")));
    }
}
