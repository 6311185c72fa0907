using ClerkStation.Domain.Forms;
using static ClerkStation.Tests.Domain.Forms.F;

namespace ClerkStation.Tests.Domain.Forms;

/// <summary>A whole form validated: hidden and conditional fields, group rows with indexed paths, the list of error codes.</summary>
public class FormValidatorTests
{
    [Fact]
    public void Section_and_computed_fields_are_never_errors()
    {
        Assert.Null(ErrorCode(Field("s", FieldKind.Section, required: true), null));
        Assert.Null(ErrorCode(Field("c", FieldKind.Computed, required: true), "anything"));
    }

    [Fact]
    public void Hidden_fields_are_skipped_and_required_when_applies()
    {
        var form = new FormDefinition(
        [
            Field("marital", FieldKind.Select, required: true) with { Options = Options("single", "married") },
            Field("spouseName", FieldKind.Text) with { VisibleWhen = Condition.FieldEquals("marital", "married"), Required = true },
            Field("phone", FieldKind.Mobile) with { RequiredWhen = Condition.FieldNotEmpty("proxy") },
            Field("proxy", FieldKind.Checkbox),
        ]);

        var single = new FormData().Set("marital", "single");
        Assert.True(FormValidator.Validate(form, single, Today).IsValid);

        var married = new FormData().Set("marital", "married").Set("proxy", "true");
        var result = FormValidator.Validate(form, married, Today);
        Assert.Equal(["spouseName:required", "phone:required"], result.Errors.Select(e => $"{e.Path}:{e.Code}"));
    }

    [Fact]
    public void Unticked_checkbox_does_not_trigger_not_empty()
    {
        var form = new FormDefinition(
        [
            Field("proxy", FieldKind.Checkbox),
            Field("phone", FieldKind.Mobile) with { RequiredWhen = Condition.FieldNotEmpty("proxy") },
        ]);
        Assert.True(FormValidator.Validate(form, new FormData().Set("proxy", "false"), Today).IsValid);
    }

    [Fact]
    public void Group_rows_are_validated_with_indexed_paths_and_row_conditions()
    {
        var members = Field("members", FieldKind.Group) with
        {
            MinRows = 1,
            MaxRows = 3,
            Fields =
            [
                Field("name", FieldKind.Text, required: true),
                Field("employed", FieldKind.Checkbox),
                Field("monthlyIncome", FieldKind.Money) with { Min = 0, RequiredWhen = Condition.FieldEquals("employed", "true") },
                Field("school", FieldKind.Text) with
                {
                    Required = true,
                    VisibleWhen = Condition.All(Condition.FieldEquals("employed", "false"), Condition.FieldEquals("applyEducation", "true")),
                },
            ],
        };
        var form = new FormDefinition([Field("applyEducation", FieldKind.Checkbox), members]);

        var data = new FormData().Set("applyEducation", "true");
        Assert.Equal(["members:rowsMin"], FormValidator.Validate(form, data, Today).Errors.Select(e => $"{e.Path}:{e.Code}"));

        data.AddRow("members").Set("name", "王芳").Set("employed", "true").Set("monthlyIncome", "2000");
        data.AddRow("members").Set("name", "王强").Set("employed", "true");
        data.AddRow("members").Set("employed", "false");
        var result = FormValidator.Validate(form, data, Today);
        Assert.Equal(
            ["members[1].monthlyIncome:required", "members[2].name:required", "members[2].school:required"],
            result.Errors.Select(e => $"{e.Path}:{e.Code}"));
        Assert.NotNull(result.For("members[2].school"));

        data.AddRow("members").Set("name", "王小");
        var tooMany = FormValidator.Validate(form, data, Today).For("members");
        Assert.Equal("rowsMax", tooMany!.Code);
        Assert.Equal("3", tooMany.Args["maxRows"]);
    }

    [Fact]
    public void Required_group_needs_a_row_and_hidden_group_is_not_validated()
    {
        var group = Field("members", FieldKind.Group, required: true) with { Fields = [Field("name", FieldKind.Text, required: true)] };
        var form = new FormDefinition([Field("alone", FieldKind.Checkbox), group with { VisibleWhen = Condition.FieldEquals("alone", "false") }]);

        Assert.Equal("required", FormValidator.Validate(form, new FormData().Set("alone", "false"), Today).For("members")!.Code);
        var hidden = new FormData().Set("alone", "true");
        hidden.AddRow("members");
        Assert.True(FormValidator.Validate(form, hidden, Today).IsValid);
    }

    [Fact]
    public void Every_error_code_is_listed_once()
    {
        Assert.Equal(22, FieldErrorCodes.All.Count);
        Assert.Equal(FieldErrorCodes.All.Count, FieldErrorCodes.All.Distinct().Count());
    }
}
