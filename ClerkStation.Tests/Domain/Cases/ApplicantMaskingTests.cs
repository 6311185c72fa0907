using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;

namespace ClerkStation.Tests.Domain.Cases;

public class ApplicantMaskingTests
{
    [Theory]
    [InlineData("33020319900101123X", "3302**********123X")]
    [InlineData("91110108551385082Q", "9111**********082Q")]
    [InlineData("330203900101123", "3302*******1123")] // legacy 15-digit ID
    [InlineData("12345", "***45")]
    [InlineData("AB", "*B")]
    public void Id_numbers_show_the_first_and_last_four(string id, string masked)
    {
        Assert.Equal(masked, PersonalDataMask.IdNumber(id));
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("0580-2021234", "058*****1234")]
    [InlineData(null, null)]
    public void Phones_show_the_first_three_and_last_four(string? phone, string? masked)
    {
        Assert.Equal(masked, PersonalDataMask.Phone(phone));
    }

    [Fact]
    public void Applicant_and_proxy_expose_masked_values()
    {
        var applicant = new Applicant(ApplicantKind.Person, "张三", "33020319900101123X", "13812345678",
            Proxy: new Proxy("王五", "440524188001010014", "13912345678"));
        Assert.Equal("3302**********123X", applicant.MaskedIdNumber);
        Assert.Equal("138****5678", applicant.MaskedPhone);
        Assert.Equal("4405**********0014", applicant.Proxy!.MaskedIdNumber);
        Assert.Equal("139****5678", applicant.Proxy.MaskedPhone);
        Assert.Null((applicant with { Phone = null }).MaskedPhone);
        // The full value stays available for the (audited) case page.
        Assert.Equal("33020319900101123X", applicant.IdNumber);
    }
}
