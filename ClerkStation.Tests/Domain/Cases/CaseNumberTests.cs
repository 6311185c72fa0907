using ClerkStation.Domain.Cases;

namespace ClerkStation.Tests.Domain.Cases;

public class CaseNumberTests
{
    [Fact]
    public void Formats_prefix_date_and_four_digit_sequence()
    {
        Assert.Equal("ZS-20261122-0001", CaseNumber.Format("ZS", new DateOnly(2026, 11, 22), 1));
        Assert.Equal("ZS-20260101-9999", CaseNumber.Format("ZS", new DateOnly(2026, 1, 1), 9999));
    }

    [Theory]
    [InlineData("zs", 1)]
    [InlineData("", 1)]
    [InlineData("Z-S", 1)]
    [InlineData("ZS", 0)]
    [InlineData("ZS", 10000)]
    public void Rejects_bad_parts(string prefix, int sequence)
    {
        Assert.ThrowsAny<ArgumentException>(() => CaseNumber.Format(prefix, new DateOnly(2026, 11, 22), sequence));
    }

    [Fact]
    public void Parses_what_it_formats()
    {
        Assert.True(CaseNumber.TryParse("ZS-20261122-0042", out var number));
        Assert.Equal(new CaseNumber("ZS", new DateOnly(2026, 11, 22), 42), number);
        Assert.Equal("ZS-20261122-0042", number.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ZS-20261322-0001")]
    [InlineData("ZS-20260230-0001")]
    [InlineData("zs-20261122-0001")]
    [InlineData("ZS-20261122-001")]
    [InlineData("ZS-20261122-0000")]
    [InlineData("ZS20261122-0001")]
    [InlineData(" ZS-20261122-0001")]
    public void Rejects_malformed_numbers(string? text)
    {
        Assert.False(CaseNumber.TryParse(text, out var number));
        Assert.Null(number);
    }
}
