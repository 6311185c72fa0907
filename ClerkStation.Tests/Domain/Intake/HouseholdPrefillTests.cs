using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;

namespace ClerkStation.Tests.Domain.Intake;

/// <summary>The household table "（含申请人本人）" starts with the identified applicant; the clerk's edits stay.</summary>
public sealed class HouseholdPrefillTests
{
    private static readonly FormDefinition Form = new([
        new FieldDefinition
        {
            Key = "members", Kind = FieldKind.Group, Label = new("共同生活家庭成员（含申请人本人）", "Household"),
            Fields =
            [
                new FieldDefinition { Key = "name", Kind = FieldKind.Text, Label = new("姓名", "Name") },
                new FieldDefinition { Key = "relation", Kind = FieldKind.Select, Label = new("与申请人关系", "Relation"), Options = [new FieldOption("self", new("本人", "Self")), new FieldOption("spouse", new("配偶", "Spouse"))] },
                new FieldDefinition { Key = "idNumber", Kind = FieldKind.ResidentId, Label = new("身份证号", "ID") },
            ],
        },
    ]);

    private static readonly Applicant WangFang = new(ApplicantKind.Person, " 王芳 ", "33090219850312002x");

    [Fact]
    public void The_applicant_is_the_first_row_as_self()
    {
        var data = new FormData();

        Assert.True(HouseholdPrefill.Apply(Form, data, WangFang));

        var row = Assert.Single(data.GetRows("members"));
        Assert.Equal(("王芳", "self", "33090219850312002X"), (row.Get("name"), row.Get("relation"), row.Get("idNumber")));
    }

    [Fact]
    public void Edits_and_other_members_stay_and_nothing_is_added_twice()
    {
        var data = new FormData();
        data.AddRow("members").Set("name", "李强").Set("relation", "spouse");
        HouseholdPrefill.Apply(Form, data, WangFang);
        data.GetRows("members")[0].Set("name", "王芳芳");

        Assert.False(HouseholdPrefill.Apply(Form, data, WangFang));
        Assert.Equal(["王芳芳", "李强"], data.GetRows("members").Select(r => r.Get("name")));
    }

    [Fact]
    public void An_enterprise_or_an_unknown_applicant_fills_nothing()
    {
        var data = new FormData();
        Assert.False(HouseholdPrefill.Apply(Form, data, new Applicant(ApplicantKind.Enterprise, "舟山某公司", "91330900MA2A0B1C2D")));
        Assert.False(HouseholdPrefill.Apply(Form, data, new Applicant(ApplicantKind.Person, "", "")));
        Assert.Empty(data.GetRows("members"));
    }

    [Fact]
    public void A_corrected_applicant_replaces_what_was_filled_in_and_a_partial_id_is_not_copied()
    {
        var data = new FormData();
        var typing = new Applicant(ApplicantKind.Person, "王方", "3309021990");
        HouseholdPrefill.Apply(Form, data, typing);
        Assert.Null(data.GetRows("members")[0].Get("idNumber"));

        Assert.True(HouseholdPrefill.Apply(Form, data, WangFang, typing));
        var row = Assert.Single(data.GetRows("members"));
        Assert.Equal(("王芳", "33090219850312002X"), (row.Get("name"), row.Get("idNumber")));
    }
}
