using ClerkStation.Domain.Forms;
using static ClerkStation.Tests.Domain.Forms.F;

namespace ClerkStation.Tests.Domain.Forms;

/// <summary>One number, money or date field's value checked: its format and its limits, which errors carry.</summary>
public sealed class FieldNumberValidationTests
{
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
}
