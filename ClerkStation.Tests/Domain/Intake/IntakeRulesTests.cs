using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;

namespace ClerkStation.Tests.Domain.Intake;

public sealed class IntakeRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly Applicant Person = new(ApplicantKind.Person, "王芳", TestIds.WangFang, "13800138000");
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_person_is_identified_by_a_valid_resident_id_and_a_name()
    {
        Assert.Empty(ApplicantRules.Validate(Person, ApplicantKind.Person, Today));

        var errors = ApplicantRules.Validate(Person with { Name = " ", IdNumber = TestIds.InvalidCheckDigit, Phone = "1234" }, ApplicantKind.Both, Today);

        Assert.Contains(errors, e => e is { Path: "applicant.name", Code: FieldErrorCodes.Required });
        Assert.Contains(errors, e => e is { Path: "applicant.idNumber", Code: FieldErrorCodes.ResidentIdCheckDigit });
        Assert.Contains(errors, e => e is { Path: "applicant.phone", Code: FieldErrorCodes.MobileFormat });
    }

    [Fact]
    public void An_enterprise_needs_a_valid_credit_code_and_a_legal_representative()
    {
        var enterprise = new Applicant(ApplicantKind.Enterprise, "舟山市展茅渔具店", "91110108551385082Q", LegalRepresentative: "王芳");
        Assert.Empty(ApplicantRules.Validate(enterprise, ApplicantKind.Enterprise, Today));

        var errors = ApplicantRules.Validate(enterprise with { IdNumber = "91110108551385082A", LegalRepresentative = null }, ApplicantKind.Enterprise, Today);

        Assert.Contains(errors, e => e is { Path: "applicant.idNumber", Code: FieldErrorCodes.CreditCodeCheckDigit });
        Assert.Contains(errors, e => e is { Path: "applicant.legalRepresentative", Code: FieldErrorCodes.Required });
    }

    [Fact]
    public void An_item_for_persons_refuses_an_enterprise_and_a_proxy_needs_their_own_valid_id()
    {
        var enterprise = new Applicant(ApplicantKind.Enterprise, "某公司", "91110108551385082Q", LegalRepresentative: "王芳");
        Assert.Contains(ApplicantRules.Validate(enterprise, ApplicantKind.Person, Today), e => e.Code == "applicant.kindNotAllowed");

        var withProxy = Person with { Proxy = new Proxy("李明", "330921195506120028") };
        Assert.Contains(ApplicantRules.Validate(withProxy, ApplicantKind.Person, Today), e => e.Path == "applicant.proxy.idNumber");
    }

    [Fact]
    public void Normalizing_upper_cases_the_check_character_and_cleans_the_phone()
    {
        var normalized = ApplicantRules.Normalize(Person with { IdNumber = " 11010519491231002x ", Phone = "+86 138-0013-8000", Name = " 王芳 " });

        Assert.Equal("11010519491231002X", normalized.IdNumber);
        Assert.Equal("13800138000", normalized.Phone);
        Assert.Equal("王芳", normalized.Name);
    }

    [Fact]
    public void A_one_time_notice_must_list_something_and_a_refusal_must_say_why()
    {
        var name = new LocalizedText("城乡居民基本养老保险缴费档次变更", "Pension level change");
        var line = new NoticeLine(NoticeLineKind.Material, "id-card", new LocalizedText("居民身份证", "ID card"), new LocalizedText("未提供", "Not provided"));

        var notice = IntakeDecision.IssueOneTimeNotice("GZ-20261122-0001", "RS-002", name, "rs", Person, [line], null, Actors.Clerk, Now, Today);
        Assert.Equal(IntakeDecisionKind.OneTimeNotice, notice.Kind);
        Assert.Equal(new DateOnly(2026, 11, 22), notice.Day);
        Assert.Single(notice.Lines);

        var empty = Assert.Throws<DomainRuleException>(() => IntakeDecision.IssueOneTimeNotice("GZ-20261122-0002", "RS-002", name, "rs", Person, [], null, Actors.Clerk, Now, Today));
        Assert.Equal(IntakeRuleCodes.NothingMissing, empty.Code);
        var noReason = Assert.Throws<DomainRuleException>(() => IntakeDecision.Refuse("BY-20261122-0001", "RS-002", name, "rs", Person, "  ", Actors.Clerk, Now, Today));
        Assert.Equal(CaseRuleCodes.ReasonRequired, noReason.Code);
    }

    [Fact]
    public void Only_counter_staff_record_intake_decisions()
    {
        var name = new LocalizedText("事项", "Item");
        var refused = Assert.Throws<DomainRuleException>(() => IntakeDecision.Refuse("BY-20261122-0001", "RS-002", name, "rs", Person, "不符合条件", Actors.ReviewerRs, Now, Today));
        Assert.Equal(CaseRuleCodes.RoleNotAllowed, refused.Code);
        Assert.Equal(IntakeDecisionKind.Refusal, IntakeDecision.Refuse("BY-20261122-0002", "RS-002", name, "rs", Person, "不符合条件", Actors.Trainee, Now, Today).Kind);
    }

    [Theory]
    [InlineData(MaterialForm.Original, false, false, new[] { MaterialStatus.Original, MaterialStatus.Missing })]
    [InlineData(MaterialForm.Copy, false, false, new[] { MaterialStatus.Copy, MaterialStatus.Missing })]
    [InlineData(MaterialForm.OriginalAndCopy, true, false, new[] { MaterialStatus.Original, MaterialStatus.Copy, MaterialStatus.ELicense, MaterialStatus.Missing })]
    [InlineData(MaterialForm.Original, false, true, new[] { MaterialStatus.Original, MaterialStatus.Commitment, MaterialStatus.Missing })]
    public void A_material_may_be_provided_only_in_the_ways_the_catalog_allows(MaterialForm form, bool eLicense, bool commitment, MaterialStatus[] expected)
    {
        var material = new MaterialRequirement { Code = "m", Name = new LocalizedText("材料", "Material"), Form = form, ELicense = eLicense, Commitment = commitment, Required = true };

        Assert.Equal(expected, MaterialRules.AllowedStatuses(material));
        Assert.True(MaterialRules.IsMissing(material, true, null));
        Assert.False(MaterialRules.IsMissing(material, false, null));
        Assert.Equal(!expected.Contains(MaterialStatus.ELicense), MaterialRules.IsMissing(material, true, MaterialStatus.ELicense));
    }
}
