using ClerkStation.Domain.Statistics;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;

namespace ClerkStation.Tests.Domain.Ratings;

public class FiguresTests
{
    [Theory]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 2, 100)]
    [InlineData(0, 0, 0)]
    public void Percent_has_one_decimal_and_is_zero_for_nothing(long part, long whole, double expected) => Assert.Equal(expected, Figures.Percent(part, whole));

    [Fact]
    public void Handling_counts_working_days_minus_paused_days_per_group()
    {
        var groups = new[]
        {
            // Mon 2 Mar → Wed 11 Mar: 7 working days, promised 5: late (×2 cases).
            new HandlingGroup(D("2026-03-02"), D("2026-03-11"), 5, 0, 2),
            // Mon 2 Mar → Wed 4 Mar: 2 working days, promised 5.
            new HandlingGroup(D("2026-03-02"), D("2026-03-04"), 5, 0, 1),
            // Fri 13 Feb → Fri 27 Feb: 5 working days (14, 24, 25, 26, 27) minus 2 paused = 3, promised 3: on time.
            new HandlingGroup(D("2026-02-13"), D("2026-02-27"), 3, 2, 1),
        };
        var summary = Figures.Handling(groups, Cal);
        Assert.Equal(4, summary.Cases);
        Assert.Equal((7 * 2 + 2 + 3) / 4.0, summary.AverageWorkingDays);
        Assert.Equal((5 * 2 + 5 + 3) / 4.0, summary.AveragePromisedDays);
        Assert.Equal(Math.Round(100.0 * (18 - 19) / 18, 1), summary.TimeSavedPercent);
        Assert.Equal(2, summary.Late);
    }

    [Fact]
    public void Handling_of_nothing_is_empty() => Assert.Equal(HandlingSummary.Empty, Figures.Handling([], Cal));
}
