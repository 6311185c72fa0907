using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;
using ClerkStation.Features.Intake;
using Microsoft.Extensions.Localization;

namespace ClerkStation.Tests.Components.Intake;

/// <summary>Notice lines in applicant words, in the reader's language; never the clerk's "此项为必填项".</summary>
public sealed class NoticeTextTests
{
    private static readonly IStringLocalizer L = Cultures.Resources;

    [Fact]
    public void A_material_line_names_every_acceptable_form()
    {
        var line = OneTimeNotice.MaterialLine(new MaterialRequirement
        {
            Code = "income", Name = new("收入证明", "Income statement"), Form = MaterialForm.OriginalAndCopy, Copies = 2, ELicense = true, Commitment = true,
        });

        var zh = Cultures.In("zh-CN", () => NoticeText.Problem(L, line));
        var en = Cultures.In("en-US", () => NoticeText.Problem(L, line));

        Assert.Equal("请提供以下任一种：原件；或复印件 2 份；或电子证照（授权本中心调取即可，无需纸质件）；或签署告知承诺书（窗口提供）", zh);
        Assert.StartsWith("Bring any one of: the original; or 2 photocopies; or the electronic licence", en, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_form_is_asked_for_plainly_and_one_copy_is_singular()
    {
        var copy = OneTimeNotice.MaterialLine(new MaterialRequirement { Code = "c", Name = new("c", "c"), Form = MaterialForm.Copy });
        Assert.Equal("Bring 1 photocopy", Cultures.In("en-US", () => NoticeText.Problem(L, copy)));
    }

    [Fact]
    public void A_wrong_value_says_what_to_do()
    {
        var target = new IntakeTarget
        {
            Code = "t", Name = new("t", "t"), Parts = [], Materials = [],
            Form = new FormDefinition([new FieldDefinition { Key = "spouseId", Kind = FieldKind.ResidentId, Label = new("配偶身份证号", "Spouse's ID") }]),
        };
        var line = Assert.Single(OneTimeNotice.Compose(target, new FormData(), new Dictionary<string, ClerkStation.Domain.Cases.MaterialStatus>(),
            [new FieldError("spouseId", FieldErrorCodes.ResidentIdCheckDigit)]).Lines);

        var zh = Cultures.In("zh-CN", () => NoticeText.Problem(L, line));
        Assert.Contains("身份证号校验位不正确", zh, StringComparison.Ordinal);
        Assert.Contains("提供正确信息", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("必填", zh, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_line_keeps_its_recorded_words()
    {
        var line = new NoticeLine(NoticeLineKind.Material, "m", new("户口簿", "Hukou"), new LocalizedText("未带", "Missing"));
        Assert.Equal("Missing", Cultures.In("en-US", () => NoticeText.Problem(L, line)));
    }
}
