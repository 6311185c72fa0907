using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using static ClerkStation.Tests.Domain.Forms.F;

namespace ClerkStation.Tests.Domain.Forms;

/// <summary>One field's text checked by its kind and limits: required, length, pattern, ID numbers, credit codes, mobile.</summary>
public sealed class FieldTextValidationTests
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
