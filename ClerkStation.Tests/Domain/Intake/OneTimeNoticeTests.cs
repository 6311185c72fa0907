using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;

namespace ClerkStation.Tests.Domain.Intake;

/// <summary>The notice lists what the applicant must bring or correct, in every acceptable form; blanks are only offered.</summary>
public sealed class OneTimeNoticeTests
{
    private static readonly IntakeTarget Target = new()
    {
        Code = "MZ-001",
        Name = new("最低生活保障申请", "Minimum living allowance"),
        Parts = [],
        Form = new FormDefinition([
            new FieldDefinition { Key = "bankName", Kind = FieldKind.Text, Label = new("开户银行", "Bank"), Required = true },
            new FieldDefinition { Key = "spouseId", Kind = FieldKind.ResidentId, Label = new("配偶身份证号", "Spouse's ID number") },
        ]),
        Materials =
        [
            new MaterialRequirement { Code = "id-card", Name = new("居民身份证", "ID card"), Required = true },
            new MaterialRequirement { Code = "hukou", Name = new("居民户口簿", "Household register"), Required = true, ELicense = true },
            new MaterialRequirement { Code = "income", Name = new("收入证明", "Income statement"), Required = true, Form = MaterialForm.Copy, Copies = 2, Commitment = true },
            new MaterialRequirement { Code = "photo", Name = new("照片", "Photo") },
        ],
    };

    private static readonly FieldError[] Errors =
    [
        new("bankName", FieldErrorCodes.Required),
        new("spouseId", FieldErrorCodes.ResidentIdCheckDigit),
    ];

    [Fact]
    public void Missing_materials_are_listed_with_every_form_the_catalog_accepts()
    {
        var statuses = new Dictionary<string, MaterialStatus> { ["id-card"] = MaterialStatus.Original, ["hukou"] = MaterialStatus.Missing };

        var notice = OneTimeNotice.Compose(Target, new FormData(), statuses, Errors);

        var materials = notice.Lines.Where(l => l.Kind == NoticeLineKind.Material).ToList();
        Assert.Equal(["hukou", "income"], materials.Select(l => l.Code));
        Assert.All(materials, l => Assert.Equal(NoticeCodes.Material, l.ProblemCode));
        Assert.Equal("Original,ELicense", materials[0].Args!["forms"]);
        Assert.Equal("Copy,Commitment", materials[1].Args!["forms"]);
        Assert.Equal("2", materials[1].Args!["copies"]);
    }

    [Fact]
    public void Wrong_values_are_listed_and_blanks_are_only_offered_to_the_clerk()
    {
        var notice = OneTimeNotice.Compose(Target, new FormData(), new Dictionary<string, MaterialStatus>(), Errors);

        var field = Assert.Single(notice.Lines, l => l.Kind == NoticeLineKind.Field);
        Assert.Equal("spouseId", field.Code);
        Assert.Equal(NoticeCodes.FieldFaulty, field.ProblemCode);
        Assert.Equal(FieldErrorCodes.ResidentIdCheckDigit, field.Args!["error"]);
        Assert.Equal("配偶身份证号", field.Name.Zh);
        var blank = Assert.Single(notice.Optional);
        Assert.Equal(("bankName", NoticeCodes.FieldMissing), (blank.Code, blank.ProblemCode));
    }

    [Fact]
    public void A_material_provided_in_an_allowed_form_is_not_on_the_notice()
    {
        var statuses = new Dictionary<string, MaterialStatus>
        {
            ["id-card"] = MaterialStatus.Original, ["hukou"] = MaterialStatus.ELicense, ["income"] = MaterialStatus.Commitment,
        };

        Assert.Empty(OneTimeNotice.Compose(Target, new FormData(), statuses, []).Lines);
        Assert.Equal("income", Assert.Single(OneTimeNotice.Compose(Target, new FormData(),
            new Dictionary<string, MaterialStatus>(statuses) { ["income"] = MaterialStatus.Original }, []).Lines).Code);
    }

    [Fact]
    public void A_free_line_keeps_the_clerks_words()
    {
        var line = NoticeLine.Free("free-1", "  请携带村（社区）出具的家庭情况说明  ");
        Assert.Equal(NoticeLineKind.Free, line.Kind);
        Assert.Equal("请携带村（社区）出具的家庭情况说明", line.Name.Zh);
        Assert.Null(line.ProblemCode);
    }
}
