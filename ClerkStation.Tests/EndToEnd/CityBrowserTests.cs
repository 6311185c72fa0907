namespace ClerkStation.Tests.EndToEnd;

/// <summary>The city supervisor opens the comparison and drills into one center from its row.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Database", BrowserCollection.EngineIndependent)]
public sealed class CityBrowserTests(BrowserAppFixture app)
{
    [Fact]
    public async Task The_city_supervisor_drills_into_a_center_from_the_comparison()
    {
        var page = await app.Browser.OpenSignedInAsync(app.Factory.BaseAddress, "city", "/city");

        await page.GetByTestId("city-center-gaoting").ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/city/gaoting", StringComparison.Ordinal));
        await page.GetByTestId("center-kpis").WaitForAsync();
        Assert.Contains("高亭镇便民服务中心", await page.GetByTestId("center-title").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.GetByTestId("center-departments").CountAsync());
        await page.Context.CloseAsync();
    }
}
