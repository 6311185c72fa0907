using ClerkStation.Domain.Ratings;
using ClerkStation.Features.Statistics;
using ClerkStation.Tests.Features.Supervisor;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;

namespace ClerkStation.Tests.Features.Statistics;

/// <summary>Every statistic against the hand count in <see cref="KnownFloor"/>, for 1–11 Mar 2026.</summary>
public sealed class StatisticsFigureTests(KnownFloor known) : IClassFixture<KnownFloor>
{
    private Task<StatisticsReport> ReportAsync(string? department = null, string from = "2026-03-01", string to = "2026-03-11") =>
        known.App.SendAsync(Actors.Supervisor, new GetStatistics(new StatisticsFilter(D(from), D(to), department)));

    [Fact]
    public async Task Volume_instant_share_notices_and_refusals()
    {
        var r = await ReportAsync();
        Assert.Equal(11, r.Accepted);       // C1–C3, C5–C12 (C13 is in February)
        Assert.Equal(4, r.Instant);         // C1, C10, C11, C12
        Assert.Equal(36.4, r.InstantShare);
        Assert.Equal(1, r.Notices);
        Assert.Equal(1, r.Refusals);
        Assert.False(r.IsDemoData);
    }

    [Fact]
    public async Task Volume_per_day_department_item_and_clerk()
    {
        var r = await ReportAsync();
        Assert.Equal(
            [(D("2026-03-02"), 3, 0), (D("2026-03-03"), 1, 1), (D("2026-03-04"), 1, 0), (D("2026-03-05"), 1, 1), (D("2026-03-06"), 1, 1), (D("2026-03-09"), 1, 0), (D("2026-03-11"), 3, 1)],
            r.Days.Select(d => (d.Day, d.Accepted, d.Instant)));
        Assert.Equal([("mz", 7, 3), ("rs", 4, 1)], r.Departments.Select(d => (d.Code, d.Accepted, d.Instant)));
        Assert.Equal([("T-1", 5), ("T-2", 3), ("T-3", 3)], r.Items.Select(i => (i.Code, i.Accepted)));
        var a = r.Clerks.Single(c => c.Id == Actors.Clerk.UserId);
        var b = r.Clerks.Single(c => c.Id == Actors.Clerk2.UserId);
        Assert.Equal((7, 3, 0, 1), (a.Accepted, a.Instant, a.Notices, a.Refusals));
        Assert.Equal((4, 1, 1, 0), (b.Accepted, b.Instant, b.Notices, b.Refusals));
    }

    [Fact]
    public async Task Handling_time_against_promised_and_overdue_rate()
    {
        var r = await ReportAsync();
        // C8: 7 working days for 5 promised (late); C9: 2 for 5.
        Assert.Equal(2, r.Handling.Cases);
        Assert.Equal(4.5, r.Handling.AverageWorkingDays);
        Assert.Equal(5, r.Handling.AveragePromisedDays);
        Assert.Equal(10, r.Handling.TimeSavedPercent);
        Assert.Equal(1, r.Handling.Late);
        Assert.Equal(50, r.OverdueRate);
        Assert.Equal((1, 1), r.Departments.Where(d => d.Code == "mz").Select(d => (d.Decided, d.Late)).Single());
        Assert.Equal((1, 0), r.Departments.Where(d => d.Code == "rs").Select(d => (d.Decided, d.Late)).Single());
    }

    [Fact]
    public async Task Satisfaction_and_rectification_on_time()
    {
        var r = await ReportAsync();
        Assert.Equal(1, r.Ratings.ByLevel[RatingLevel.VerySatisfied]);
        Assert.Equal(1, r.Ratings.ByLevel[RatingLevel.Satisfied]);
        Assert.Equal(0, r.Ratings.ByLevel[RatingLevel.Basic]);
        Assert.Equal(1, r.Ratings.ByLevel[RatingLevel.Dissatisfied]);
        Assert.Equal(1, r.Ratings.ByLevel[RatingLevel.VeryDissatisfied]);
        Assert.Equal(50, r.Ratings.SatisfactionRate);
        Assert.Equal(new RectificationFigures(2, 2, 1, 0), r.Rectification); // C11's callback was late
        Assert.Equal(50, r.Rectification.OnTimeRate);
    }

    [Fact]
    public async Task Department_filter()
    {
        var r = await ReportAsync("rs");
        Assert.Equal((4, 1), (r.Accepted, r.Instant));
        Assert.Equal((0, 1), (r.Notices, r.Refusals));
        Assert.Equal((1, 2.0, 60.0, 0), (r.Handling.Cases, r.Handling.AverageWorkingDays, r.Handling.TimeSavedPercent, r.Handling.Late));
        Assert.Equal(50, r.Ratings.SatisfactionRate); // C9 very satisfied, C10 dissatisfied
        Assert.Equal(1, r.Rectification.Opened);
    }

    [Fact]
    public async Task Date_range_narrows_everything()
    {
        var r = await ReportAsync(from: "2026-03-11", to: "2026-03-11");
        Assert.Equal((3, 1), (r.Accepted, r.Instant));
        Assert.Equal(1, r.Handling.Cases); // C8 decided today
        Assert.Equal(0, r.Ratings.Total);
    }

    [Fact]
    public async Task Csv_export_has_the_same_figures()
    {
        var r = await ReportAsync();
        var text = System.Text.Encoding.UTF8.GetString(StatisticsCsv.Write(r, known.App.Services.GetRequiredService<ClerkStation.Infrastructure.Catalog.CatalogStore>()));
        Assert.StartsWith("\uFEFFsection,key,name,figure,value", text, StringComparison.Ordinal);
        Assert.Contains("total,*,,accepted,11", text, StringComparison.Ordinal);
        Assert.Contains("total,*,,instant share %,36.4", text, StringComparison.Ordinal);
        Assert.Contains("total,*,,satisfaction rate %,50", text, StringComparison.Ordinal);
        Assert.Contains("department,mz,", text, StringComparison.Ordinal);
    }
}
