using System.Globalization;
using Bunit;
using ClerkStation.Domain.Calendar;
using ClerkStation.Features.Calendar;
using ClerkStation.Tests.Domain.Calendar;

namespace ClerkStation.Tests.Components.Calendar;

/// <summary>The year view tells working days, named days off and make-up workdays apart in words, not colour alone.</summary>
public sealed class CalendarYearViewTests : MudComponentTest
{
    public CalendarYearViewTests()
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("zh-CN");
    }

    [Fact]
    public void Twelve_months_with_days_off_and_make_up_workdays_marked_in_words()
    {
        var year = CalendarFileParser.ParseFile(Path.Combine(CalendarTestData.Folder, "2026.json"));
        var cut = Render<CalendarYearView>(p => p.Add(c => c.Year, year));

        Assert.Equal(12, cut.FindAll("table.cs-month").Count);
        Assert.Equal(365, cut.FindAll("td[data-date]").Count);
        var springFestival = cut.Find("td[data-date='2026-02-17']");
        Assert.Equal("Off", springFestival.GetAttribute("data-kind"));
        Assert.Contains("休", springFestival.TextContent, StringComparison.Ordinal);
        Assert.Contains("春节", springFestival.QuerySelector(".cs-visually-hidden")!.TextContent, StringComparison.Ordinal);
        var makeup = cut.Find("td[data-date='2026-02-14']");
        Assert.Equal("Makeup", makeup.GetAttribute("data-kind"));
        Assert.Contains("班", makeup.TextContent, StringComparison.Ordinal);
        Assert.Equal("Working", cut.Find("td[data-date='2026-02-13']").GetAttribute("data-kind"));
        Assert.Equal("Weekend", cut.Find("td[data-date='2026-03-07']").GetAttribute("data-kind"));
        // Monday first: 1 Feb 2026 is a Sunday, so six empty cells lead the month.
        Assert.Equal(6, cut.Find("table[data-month='2']").QuerySelectorAll("tbody tr:first-child td:not([data-date])").Length);
    }
}
