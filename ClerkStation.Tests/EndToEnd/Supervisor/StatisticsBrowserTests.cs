using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClerkStation.Tests.EndToEnd.Supervisor;

/// <summary>The floor and statistics on an app with the generated demo history (its own app, the shared browser).</summary>
[Collection(BrowserCollection.Name)]
public sealed class StatisticsBrowserTests(BrowserAppFixture shared, DemoHistoryAppFixture demo) : IClassFixture<DemoHistoryAppFixture>
{
    private Task<IPage> SupervisorAsync(string path, string culture = "zh-CN") =>
        shared.Browser.OpenSignedInAsync(demo.Factory.BaseAddress, "supervisor", path, culture);

    [Fact]
    public async Task Statistics_render_charts_over_the_demo_history_and_export_csv()
    {
        var page = await SupervisorAsync("/supervisor/statistics");
        await Expect(page.GetByTestId("demo-banner")).ToContainTextAsync("演示数据");
        var accepted = page.GetByTestId("stat-accepted").Locator(".cs-kpi-value");
        await Expect(accepted).Not.ToHaveTextAsync("0");
        foreach (var chart in new[] { "chart-days", "chart-departments", "chart-overdue", "chart-items", "chart-ratings", "chart-clerks" })
        {
            await Expect(page.GetByTestId(chart).Locator("svg").First).ToBeVisibleAsync();
        }
        await page.ScreenshotAsync("statistics-zh");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("stats-export").ClickAsync());
        var path = await download.PathAsync();
        var csv = await File.ReadAllTextAsync(path, Encoding.UTF8, TestContext.Current.CancellationToken);
        Assert.StartsWith("section,key,name,figure,value", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        var total = csv.Split('\n').Single(l => l.StartsWith("total,*,,accepted,", StringComparison.Ordinal)).Trim();
        Assert.Equal("total,*,,accepted," + await accepted.GetAttributeAsync("data-value"), total);
        Assert.Contains("filter,demo,,generated demo data,True", csv, StringComparison.Ordinal);

        // A department filter narrows the figures.
        await page.Locator("#stats-department").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "民政", Exact = true }).ClickAsync();
        var before = await accepted.GetAttributeAsync("data-value");
        await page.GetByTestId("stats-apply").ClickAsync();
        await Expect(accepted).Not.ToHaveAttributeAsync("data-value", before!);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Statistics_in_english()
    {
        var page = await SupervisorAsync("/supervisor/statistics", "en-US");
        await Expect(page.GetByTestId("demo-banner")).ToContainTextAsync("Demo data");
        await Expect(page.GetByTestId("chart-days")).ToContainTextAsync("Cases per day");
        await page.ScreenshotAsync("statistics-en");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN", "值班长看板", "floor-zh")]
    [InlineData("en-US", "Supervisor", "floor-en")]
    public async Task The_floor_shows_queues_boards_and_workload(string culture, string heading, string screenshot)
    {
        var page = await SupervisorAsync("/supervisor", culture);
        await Expect(page.GetByTestId("queues").Locator("tbody tr").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(screenshot);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("reviewer-load").Locator("tbody tr").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("clerk-load")).ToContainTextAsync(culture == "zh-CN" ? "王小燕" : "王小燕");
        await page.ScreenshotAsync(screenshot);
        await page.Context.CloseAsync();
    }
}
