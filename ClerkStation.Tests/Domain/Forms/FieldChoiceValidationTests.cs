using ClerkStation.Domain.Forms;
using static ClerkStation.Tests.Domain.Forms.F;

namespace ClerkStation.Tests.Domain.Forms;

/// <summary>One choice field's value checked: a select or radio's option, a multiselect's options, a checkbox's tick.</summary>
public sealed class FieldChoiceValidationTests
{
    [Theory]
    [InlineData(FieldKind.Select)]
    [InlineData(FieldKind.Radio)]
    public void Single_choice_must_be_an_option(FieldKind kind)
    {
        var field = Field("relation", kind) with { Options = Options("spouse", "child") };
        Assert.Null(ErrorCode(field, "spouse"));
        Assert.Equal("option", ErrorCode(field, "cousin"));
    }

    [Fact]
    public void Multiselect_needs_one_when_required_and_every_value_an_option()
    {
        var field = Field("reasons", FieldKind.MultiSelect, required: true) with { Options = Options("illness", "disability") };
        var data = new FormData();
        Assert.Equal("required", FormValidator.ValidateField(field, data, data, Today, "reasons")!.Code);
        data.SetList("reasons", ["illness", "disability"]);
        Assert.Null(FormValidator.ValidateField(field, data, data, Today, "reasons"));
        data.SetList("reasons", ["illness", "flood"]);
        var error = FormValidator.ValidateField(field, data, data, Today, "reasons");
        Assert.Equal("option", error!.Code);
        Assert.Equal("flood", error.Args["value"]);
    }

    [Fact]
    public void Required_checkbox_must_be_ticked()
    {
        var declaration = Field("truthful", FieldKind.Checkbox, required: true);
        Assert.Equal("mustBeChecked", ErrorCode(declaration, null));
        Assert.Equal("mustBeChecked", ErrorCode(declaration, "false"));
        Assert.Null(ErrorCode(declaration, "true"));
        Assert.Null(ErrorCode(declaration with { Required = false }, "false"));
        Assert.Equal("option", ErrorCode(declaration, "yes"));
    }
}
