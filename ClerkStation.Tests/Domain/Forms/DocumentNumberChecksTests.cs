using ClerkStation.Domain.Forms.Checks;

namespace ClerkStation.Tests.Domain.Forms;

public class DocumentNumberChecksTests
{
    private static readonly DateOnly Today = new(2026, 3, 16);

    [Theory]
    [InlineData("11010519491231002X", "1949-12-31", Sex.Female, "11")]
    [InlineData("440524188001010014", "1880-01-01", Sex.Male, "44")]
    [InlineData("11010519491231002x", "1949-12-31", Sex.Female, "11")]
    public void Published_vectors_are_valid(string id, string birth, Sex sex, string province)
    {
        var result = ResidentIdNumber.Validate(id, Today);
        Assert.True(result.IsValid, result.ErrorCode);
        Assert.Equal(id.ToUpperInvariant(), result.Info!.Normalized);
        Assert.Equal(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), result.Info.BirthDate);
        Assert.Equal(sex, result.Info.Sex);
        Assert.Equal(province, result.Info.ProvinceCode);
    }

    [Fact]
    public void Generated_zhejiang_ids_validate_and_carry_sex_and_age()
    {
        var zhoushan = TestIds.Complete("33090219850615123");  // 17th digit 3: male
        var hangzhou = TestIds.Complete("33010620010316004");  // 17th digit 4: female, 25th birthday today
        var a = ResidentIdNumber.Validate(zhoushan, Today);
        var b = ResidentIdNumber.Validate(hangzhou, Today);
        Assert.True(a.IsValid, a.ErrorCode);
        Assert.True(b.IsValid, b.ErrorCode);
        Assert.Equal(Sex.Male, a.Info!.Sex);
        Assert.Equal(Sex.Female, b.Info!.Sex);
        Assert.Equal(40, a.Info.AgeOn(Today));
        Assert.Equal(25, b.Info.AgeOn(Today));
        Assert.Equal(24, b.Info.AgeOn(Today.AddDays(-1)));
        Assert.Equal(zhoushan[17], ResidentIdNumber.ComputeCheckChar(zhoushan.AsSpan(0, 17)));
    }

    [Theory]
    [InlineData("110105194912310021", ResidentIdNumber.CheckDigitError)]
    [InlineData("11010519491231002", ResidentIdNumber.FormatError)]
    [InlineData("1101051949123100A2", ResidentIdNumber.FormatError)]
    [InlineData("", ResidentIdNumber.FormatError)]
    [InlineData("910105194912310025", ResidentIdNumber.ProvinceError)]
    [InlineData("190105194912310025", ResidentIdNumber.ProvinceError)]
    public void Bad_ids_get_their_specific_code(string id, string code) =>
        Assert.Equal(code, ResidentIdNumber.Validate(id, Today).ErrorCode);

    [Theory]
    [InlineData("3309021985023012")]   // 1985-02-30 does not exist
    [InlineData("3309022027011512")]   // born next year
    public void Impossible_or_future_birth_dates_are_rejected(string first16)
    {
        var id = TestIds.Complete(first16 + "3");
        Assert.Equal(ResidentIdNumber.BirthDateError, ResidentIdNumber.Validate(id, Today).ErrorCode);
    }

    [Fact]
    public void Province_list_follows_the_rules_91_is_not_an_address_code()
    {
        foreach (var code in new[] { "11", "15", "21", "23", "31", "37", "41", "46", "50", "54", "61", "65", "71", "81", "82", "83" })
        {
            Assert.True(ResidentIdNumber.IsKnownProvince(code), code);
        }

        foreach (var code in new[] { "10", "16", "20", "24", "30", "38", "47", "55", "66", "72", "80", "84", "91" })
        {
            Assert.False(ResidentIdNumber.IsKnownProvince(code), code);
        }
    }

    [Fact]
    public void Legacy_15_digit_numbers_convert_to_valid_18()
    {
        var converted = ResidentIdNumber.ConvertLegacy("330902850615123");
        Assert.Equal(TestIds.Complete("33090219850615123"), converted);
        Assert.True(ResidentIdNumber.Validate(converted, Today).IsValid);
        Assert.Null(ResidentIdNumber.ConvertLegacy("33090285061512"));
    }

    [Theory]
    [InlineData("91110108551385082Q")]
    [InlineData("91110000600037341L")]
    [InlineData(" 91110108551385082q ")]
    public void Credit_code_vectors_are_valid_without_warning(string code)
    {
        var result = UnifiedCreditCode.Validate(code);
        Assert.True(result.IsValid, result.ErrorCode);
        Assert.Equal(code.Trim().ToUpperInvariant(), result.Normalized);
        Assert.False(result.OrganizationCodeWarning);
    }

    [Theory]
    [InlineData("91110108551385082A", UnifiedCreditCode.CheckDigitError)]
    [InlineData("91110108551385082", UnifiedCreditCode.FormatError)]
    [InlineData("9111010855138508IQ", UnifiedCreditCode.FormatError)]   // I is not in the alphabet
    [InlineData("911A0108551385082Q", UnifiedCreditCode.FormatError)]   // region code must be digits
    public void Bad_credit_codes_are_rejected(string code, string error) =>
        Assert.Equal(error, UnifiedCreditCode.Validate(code).ErrorCode);

    [Fact]
    public void A_failing_inner_organisation_check_is_only_a_warning()
    {
        // Change the organisation code's own check digit (pos 17) and recompute the outer check character.
        var first17 = "9111010855138508" + "3";
        var code = first17 + UnifiedCreditCode.ComputeCheckChar(first17);
        var result = UnifiedCreditCode.Validate(code);
        Assert.True(result.IsValid);
        Assert.True(result.OrganizationCodeWarning);
    }

    [Theory]
    [InlineData("13812345678", "13812345678", true)]
    [InlineData("+86 138-1234-5678", "13812345678", true)]
    [InlineData("0086 19212345678", "19212345678", true)]
    [InlineData("16612345678", "16612345678", true)]
    [InlineData("12812345678", "12812345678", false)]
    [InlineData("1381234567", "1381234567", false)]
    [InlineData("1381234567890", "1381234567890", false)]
    [InlineData("0580-2021234", "05802021234", false)]
    public void Mobile_numbers_normalise_then_match(string input, string normalized, bool valid)
    {
        Assert.Equal(normalized, MobileNumber.Normalize(input));
        Assert.Equal(valid, MobileNumber.IsValid(input));
    }
}
