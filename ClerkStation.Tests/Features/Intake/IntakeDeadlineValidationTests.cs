using ClerkStation.Domain.Catalog;
using ClerkStation.Features.Intake;
using ClerkStation.Tests.Domain.Calendar;

namespace ClerkStation.Tests.Features.Intake;

public class IntakeDeadlineValidationTests
{
    private static readonly Lazy<IntakeTarget> Longest = new(() =>
    {
        var catalog = CatalogLoader.LoadFromDirectory(Path.Combine(CalendarTestData.Folder, "..", "catalog")).Catalog!;
        var item = catalog.Items.Where(i => i.Kind == ItemKind.Promised).MaxBy(i => Math.Max(i.PromisedDays, i.StatutoryDays ?? 0))!;
        return IntakeTarget.ForItem(item, catalog);
    });

    [Theory]
    // The shipped files end with 2026: the counter used to refuse most promised items in December.
    [InlineData(2026, 12, 1)]
    [InlineData(2026, 12, 28)]
    [InlineData(2099, 6, 1)]
    public void No_year_between_1901_and_2100_is_missing(int year, int month, int day)
    {
        Assert.Empty(IntakeValidation.Deadlines(Longest.Value, CalendarTestData.Calendar, new DateOnly(year, month, day)));
    }

    [Fact]
    public void A_due_date_past_2100_reports_the_missing_year()
    {
        var problem = Assert.Single(IntakeValidation.Deadlines(Longest.Value, CalendarTestData.Calendar, new DateOnly(2100, 12, 20)));
        Assert.Equal("calendar.yearMissing", problem.Code);
        Assert.Equal("2101", problem.Args!["year"]);
    }
}
