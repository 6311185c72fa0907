using Bunit;
using ClerkStation.Domain.Catalog;
using ClerkStation.Features.Intake;

namespace ClerkStation.Tests.Components.Intake;

/// <summary>
/// The applicant panel's text fields are native inputs (NativeText, ADR 0026): what the clerk and a screen reader rely
/// on from the MudTextFields they replaced must still be there.
/// </summary>
public sealed class ApplicantPanelFieldsTests : Components.MudComponentTest
{
    private static readonly DateOnly Today = new(2026, 3, 16);

    [Fact]
    public void An_id_number_takes_eighteen_characters_and_its_label_says_required_to_the_eye_and_to_a_screen_reader()
    {
        var cut = Render<ApplicantPanel>(p => p.Add(c => c.Input, new ApplicantInput()).Add(c => c.Today, Today));

        var id = cut.Find("#applicant-idNumber");
        Assert.Equal("18", id.GetAttribute("maxlength"));
        Assert.Equal("true", id.GetAttribute("aria-required"));
        var label = cut.Find("label[for='applicant-idNumber']");
        Assert.Equal("身份证号码", label.ChildNodes[0].TextContent);
        Assert.Equal("true", label.QuerySelector("span")!.GetAttribute("aria-hidden"));
        Assert.Null(cut.Find("#applicant-address").GetAttribute("aria-required")); // not required: no aria-required at all
        Assert.Null(cut.Find("#applicant-address").GetAttribute("maxlength"));
    }

    [Fact]
    public void A_valid_id_number_shows_the_birth_date_sex_and_age_under_the_field_and_the_field_points_at_it()
    {
        var input = new ApplicantInput();
        var (cut, told) = RenderCounting(input);

        cut.Find("#applicant-idNumber").Input(TestIds.WangFang);

        Assert.Equal(TestIds.WangFang, input.IdNumber);
        Assert.Equal(1, told()); // an ID keystroke reaches the page at once: the materials and the e-licences follow it
        var help = cut.Find("#" + cut.Find("#applicant-idNumber").GetAttribute("aria-describedby"));
        Assert.Equal("出生日期 1990-01-01，男，36 周岁", help.TextContent.Trim());
    }

    [Fact]
    public void An_enterprise_applicant_is_asked_for_its_credit_code_name_and_legal_representative()
    {
        var input = new ApplicantInput { Kind = ApplicantKind.Enterprise };
        var cut = Render<ApplicantPanel>(p => p.Add(c => c.Input, input).Add(c => c.Allowed, ApplicantKind.Enterprise).Add(c => c.Today, Today));

        Assert.Equal("统一社会信用代码", cut.Find("label[for='applicant-idNumber']").ChildNodes[0].TextContent);
        Assert.Equal("单位名称", cut.Find("label[for='applicant-name']").ChildNodes[0].TextContent);
        cut.Find("#applicant-legalRepresentative").Input("李明");

        Assert.Equal("李明", input.LegalRepresentative);
        Assert.Empty(cut.FindAll("#applicant-address"));
    }

    [Fact]
    public void Clearing_an_optional_field_leaves_it_empty_not_blank_text()
    {
        var input = new ApplicantInput { Phone = "13800138000" };
        var cut = Render<ApplicantPanel>(p => p.Add(c => c.Input, input).Add(c => c.Today, Today));

        Assert.Equal("13800138000", cut.Find("#applicant-phone").GetAttribute("value"));
        cut.Find("#applicant-phone").Input(string.Empty);

        Assert.Null(input.Phone);
    }

    [Fact]
    public void Ticking_applying_through_a_proxy_asks_for_the_proxy_and_tells_the_page()
    {
        var input = new ApplicantInput();
        var (cut, told) = RenderCounting(input);
        Assert.Empty(cut.FindAll("#applicant-proxy-name"));

        cut.Find("#applicant-hasProxy").Change(true);

        Assert.True(input.HasProxy);
        Assert.Equal(1, told());
        Assert.True(cut.Find("#applicant-hasProxy").HasAttribute("checked"));
        Assert.Equal("true", cut.Find("#applicant-proxy-idNumber").GetAttribute("aria-required"));
    }

    /// <summary>The panel, and how many times it has told the page of a change so far.</summary>
    private (IRenderedComponent<ApplicantPanel> Cut, Func<int> Told) RenderCounting(ApplicantInput input)
    {
        var told = 0;
        var cut = Render<ApplicantPanel>(p => p
            .Add(c => c.Input, input)
            .Add(c => c.Today, Today)
            .Add(c => c.OnChanged, Microsoft.AspNetCore.Components.EventCallback.Factory.Create(this, () => told++)));
        return (cut, () => told);
    }
}
