using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using static ClerkStation.Tests.Domain.Forms.F;

namespace ClerkStation.Tests.Domain.Forms;

/// <summary>One field's value checked by its kind and limits: required, length, pattern, number, money, date, choices, checkbox, ID numbers, mobile.</summary>
public class FieldValueValidationTests
{
    [Theory]
    [InlineData(FieldKind.Text)]
    [InlineData(FieldKind.Textarea)]
    [InlineData(FieldKind.Number)]
    [InlineData(FieldKind.Money)]
    [InlineData(FieldKind.Date)]
    [InlineData(FieldKind.Select)]
    [InlineData(FieldKind.Radio)]
    [InlineData(FieldKind.ResidentId)]
    [InlineData(FieldKind.CreditCode)]
    [InlineData(FieldKind.Mobile)]
    [InlineData(FieldKind.Address)]
    public void Required_scalar_fields_reject_missing_and_blank(FieldKind kind)
    {
        var field = Field("x", kind, required: true) with { Options = Options("a") };
        Assert.Equal("required", ErrorCode(field, null));
        Assert.Equal("required", ErrorCode(field, "   "));
        Assert.Null(ErrorCode(field with { Required = false }, null));
    }

    [Theory]
    [InlineData("王", "minLength")]
    [InlineData("王芳", null)]
    [InlineData("欧阳王芳", null)]
    [InlineData("欧阳王芳芳", "maxLength")]
    [InlineData("𠀀𠀁", null)]   // two Ext. B characters are two characters, not four
    public void Text_length_counts_characters(string value, string? code)
    {
        var field = Field("name", FieldKind.Text) with { MinLength = 2, MaxLength = 4 };
        Assert.Equal(code, ErrorCode(field, value));
    }

    [Fact]
    public void Length_errors_carry_the_limit()
    {
        var field = Field("name", FieldKind.Address) with { MaxLength = 3 };
        Validate(field, "舟山市定海区", out var error);
        Assert.Equal("maxLength", error!.Code);
        Assert.Equal("3", error.Args["maxLength"]);
    }

    [Fact]
    public void Pattern_must_match_the_whole_value_and_carries_its_message()
    {
        var field = Field("plate", FieldKind.Text) with
        {
            Pattern = "[A-Z]{2}\\d{3}",
            PatternMessage = new LocalizedText("两位字母加三位数字", "Two letters and three digits"),
        };
        Assert.Null(ErrorCode(field, "ZS123"));
        Validate(field, "ZS1234", out var error);
        Assert.Equal("pattern", error!.Code);
        Assert.Equal("两位字母加三位数字", error.Args["messageZh"]);
        Assert.Equal("Two letters and three digits", error.Args["messageEn"]);
    }

    [Theory]
    [InlineData("3", null)]
    [InlineData("2.5", null)]
    [InlineData("-1", "min")]
    [InlineData("21", "max")]
    [InlineData("abc", "number")]
    [InlineData("1,000", "number")]
    [InlineData("1e3", "number")]
    public void Number_parses_invariant_and_checks_limits(string value, string? code)
    {
        var field = Field("size", FieldKind.Number) with { Min = 0, Max = 20 };
        Assert.Equal(code, ErrorCode(field, value));
    }

    [Theory]
    [InlineData("1200", null)]
    [InlineData("1200.5", null)]
    [InlineData("1200.55", null)]
    [InlineData("1200.555", "money")]
    [InlineData("1200.500", "money")]
    [InlineData("一千", "money")]
    [InlineData("-0.01", "min")]
    [InlineData("1000000.01", "max")]
    public void Money_allows_at_most_two_decimals(string value, string? code)
    {
        var field = Field("income", FieldKind.Money) with { Min = 0, Max = 1000000 };
        Assert.Equal(code, ErrorCode(field, value));
    }

    [Fact]
    public void Min_error_carries_the_limit()
    {
        Validate(Field("income", FieldKind.Money) with { Min = 0 }, "-5", out var error);
        Assert.Equal("0", error!.Args["min"]);
    }

    [Theory]
    [InlineData("2026-03-16", null)]
    [InlineData("2000-01-01", null)]
    [InlineData("1999-12-31", "dateMin")]
    [InlineData("2026-03-17", "dateMax")]
    [InlineData("2026-02-30", "date")]
    [InlineData("2026/03/01", "date")]
    [InlineData("today", "date")]
    public void Dates_are_iso_and_respect_min_and_today(string value, string? code)
    {
        var field = Field("married", FieldKind.Date) with { MinDate = "2000-01-01", MaxDate = "today" };
        Assert.Equal(code, ErrorCode(field, value));
    }

    [Fact]
    public void Date_max_today_reports_the_resolved_date()
    {
        Validate(Field("d", FieldKind.Date) with { MaxDate = "today" }, "2030-01-01", out var error);
        Assert.Equal("2026-03-16", error!.Args["maxDate"]);
    }

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

    [Theory]
    [InlineData("11010519491231002X", null)]
    [InlineData("11010519491231002x", null)]
    [InlineData("110105194912310021", "residentId.checkDigit")]
    [InlineData("1101051949123100", "residentId.format")]
    [InlineData("910105194912310025", "residentId.province")]
    [InlineData("110105194902300025", "residentId.birthDate")]
    public void Resident_id_field_uses_the_id_rules(string value, string? code) =>
        Assert.Equal(code, ErrorCode(Field("id", FieldKind.ResidentId), value));

    [Theory]
    [InlineData("91110108551385082Q", null)]
    [InlineData("91110108551385082A", "creditCode.checkDigit")]
    [InlineData("9111010855138508", "creditCode.format")]
    public void Credit_code_field_uses_the_code_rules(string value, string? code) =>
        Assert.Equal(code, ErrorCode(Field("ucc", FieldKind.CreditCode), value));

    [Theory]
    [InlineData("138 1234 5678", null)]
    [InlineData("+8613812345678", null)]
    [InlineData("12812345678", "mobile.format")]
    public void Mobile_field_strips_then_checks(string value, string? code) =>
        Assert.Equal(code, ErrorCode(Field("phone", FieldKind.Mobile), value));
}
