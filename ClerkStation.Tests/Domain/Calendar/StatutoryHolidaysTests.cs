using System.Globalization;
using ClerkStation.Domain.Calendar;

namespace ClerkStation.Tests.Domain.Calendar;

public class StatutoryHolidaysTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Every_statutory_rest_day_is_a_day_off_in_the_official_files(int year)
    {
        var official = CalendarTestData.Calendar;
        Assert.Equal(YearProvenance.File, official.ProvenanceOf(year));
        var days = StatutoryHolidays.For(year);
        Assert.Equal(13, days.Count);
        Assert.All(days, d => Assert.False(official.IsWorkingDay(d.Date), $"{d.Date:yyyy-MM-dd} {d.Name.Zh} is a working day"));
    }

    [Fact]
    public void The_2026_days_carry_the_names_of_the_seed_data_files()
    {
        var file = CalendarTestData.Calendar.YearOf(2026);
        foreach (var day in StatutoryHolidays.For(2026))
        {
            Assert.Equal(file.Holidays.Single(h => h.Date == day.Date).Name, day.Name);
        }
    }

    [Fact]
    public void The_2024_revision_gives_13_days_from_2025()
    {
        Assert.Equal(
            ["2027-01-01 元旦", "2027-02-05 春节", "2027-02-06 春节", "2027-02-07 春节", "2027-02-08 春节", "2027-04-05 清明节",
             "2027-05-01 劳动节", "2027-05-02 劳动节", "2027-06-09 端午节", "2027-09-15 中秋节",
             "2027-10-01 国庆节", "2027-10-02 国庆节", "2027-10-03 国庆节"],
            StatutoryHolidays.For(2027).Select(d => $"{d.Date:yyyy-MM-dd} {d.Name.Zh}"));
    }

    [Theory]
    // 2014–2024: 11 days, 春节 初一至初三, one day of 劳动节. 2008–2013: 11 days, 春节 除夕 to 初二.
    // 2000–2007: 10 days, no 清明/端午/中秋, three days each for 劳动节 and 国庆. Before: 7 days (1949 rules).
    [InlineData(2024, 11, "2024-02-10", "2024-02-12")]
    [InlineData(2010, 11, "2010-02-13", "2010-02-15")]
    [InlineData(2005, 10, "2005-02-09", "2005-02-11")]
    [InlineData(1990, 7, "1990-01-27", "1990-01-29")]
    public void Earlier_years_follow_the_rules_then_in_force(int year, int count, string springFirst, string springLast)
    {
        var days = StatutoryHolidays.For(year);
        Assert.Equal(count, days.Count);
        var spring = days.Where(d => d.Name == StatutoryHolidays.SpringFestival).Select(d => d.Date).ToList();
        Assert.Equal(D(springFirst), spring.Min());
        Assert.Equal(D(springLast), spring.Max());
    }

    [Fact]
    public void Mid_Autumn_on_National_Day_is_one_date_with_both_names()
    {
        // 2020: 中秋 fell on 10-01, as the 2025 file names its combined holiday.
        var days = StatutoryHolidays.For(2020);
        var first = Assert.Single(days, d => d.Date == D("2020-10-01"));
        Assert.Equal("国庆节、中秋节", first.Name.Zh);
        Assert.Equal("National Day and Mid-Autumn Festival", first.Name.En);
        Assert.Equal(days.Count, days.Select(d => d.Date).Distinct().Count());
    }

    [Fact]
    public void Years_outside_1901_to_2100_are_refused()
    {
        Assert.Equal(1900, Assert.Throws<CalendarYearMissingException>(() => StatutoryHolidays.For(1900)).Year);
        Assert.Throws<CalendarYearMissingException>(() => StatutoryHolidays.For(2101));
        Assert.Equal(7, StatutoryHolidays.For(1901).Count);
        Assert.Equal(13, StatutoryHolidays.For(2100).Count);
    }
}
