using ClerkStation.Domain.Calendar;

namespace ClerkStation.Tests.Domain.Calendar;

public class LunarFestivalTests
{
    [Fact]
    public void Eve_Dragon_Boat_and_Mid_Autumn_2000_to_2050_match_the_published_table()
    {
        var wrong = new List<string>();
        foreach (var (year, expected) in PublishedFestivalDates.ByYear.OrderBy(p => p.Key))
        {
            var computed = (LunarDates.NewYearsEve(year), LunarDates.DragonBoat(year), LunarDates.MidAutumn(year));
            if (computed != (expected.Eve, expected.DragonBoat, expected.MidAutumn))
            {
                wrong.Add($"{year}: computed {computed}, published {(expected.Eve, expected.DragonBoat, expected.MidAutumn)}");
            }
        }
        Assert.Equal(51, PublishedFestivalDates.ByYear.Count);
        Assert.Empty(wrong);
    }

    [Theory]
    // Leap-month years: 2020 闰四月, 2023 闰二月, 2025 闰六月. Counting the leap month as a plain month shifts every
    // festival after it by a month (2025's 中秋 would fall on 09-06).
    [InlineData(2020, "2020-06-25", "2020-10-01")]
    [InlineData(2023, "2023-06-22", "2023-09-29")]
    [InlineData(2025, "2025-05-31", "2025-10-06")]
    public void Leap_month_years_date_the_festivals_after_the_leap_month(int year, string dragonBoat, string midAutumn)
    {
        Assert.NotEqual(0, new System.Globalization.ChineseLunisolarCalendar().GetLeapMonth(year));
        Assert.Equal(DateOnly.Parse(dragonBoat, System.Globalization.CultureInfo.InvariantCulture), LunarDates.DragonBoat(year));
        Assert.Equal(DateOnly.Parse(midAutumn, System.Globalization.CultureInfo.InvariantCulture), LunarDates.MidAutumn(year));
    }

    [Theory]
    // 除夕 is the last day of the twelfth month, which has 29 or 30 days: 腊月三十 in 2023 and 2024, 腊月廿九 in 2025
    // and 2026 (2025–2029 have no 年三十). In a leap year the twelfth month is the calendar's month 13.
    [InlineData(2023, "2023-01-21")]
    [InlineData(2024, "2024-02-09")]
    [InlineData(2025, "2025-01-28")]
    [InlineData(2026, "2026-02-16")]
    public void New_Years_Eve_is_the_day_before_the_first_of_the_first_month(int year, string eve)
    {
        Assert.Equal(DateOnly.Parse(eve, System.Globalization.CultureInfo.InvariantCulture), LunarDates.NewYearsEve(year));
        Assert.Equal(LunarDates.SpringFestival(year).AddDays(-1), LunarDates.NewYearsEve(year));
    }

    [Fact]
    public void The_supported_range_ends_are_answered()
    {
        // ChineseLunisolarCalendar starts on 1901-02-19 (正月初一 of 1901): the eve, one day earlier, is still dated.
        Assert.Equal(new DateOnly(1901, 2, 18), LunarDates.NewYearsEve(1901));
        Assert.Equal(2100, LunarDates.MidAutumn(2100).Year);
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarDates.MidAutumn(2101));
    }
}
