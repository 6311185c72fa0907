using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>The search results and the bundle form in English.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Database", BrowserCollection.EngineIndependent)]
public sealed class ItemSearchEnglishTests(BrowserAppFixture app) : ItemSearchTestBase(app)
{
    [Fact]
    public async Task Search_results_and_the_bundle_form_read_in_english()
    {
        var page = await CounterAsync("clerk", "en-US");
        await SearchAsync(page, "canjiren", "Find an item");
        await Assertions.Expect(Results(page).Filter(new() { HasText = "Disability certificate: first issue" })).ToHaveCountAsync(1);
        await Assertions.Expect(Results(page).Filter(new() { HasText = "Disability certificate: first issue" })).ToContainTextAsync("Disabled Persons' Federation");
        await page.ScreenshotAsync("item-search-results-en");

        await SearchAsync(page, "tuixiu", "Find an item");
        var bundle = Results(page).Filter(new() { HasText = "Retirement: one-stop" });
        await Assertions.Expect(bundle).ToContainTextAsync("2 items · 2 departments");
        await bundle.ClickAsync();
        await Assertions.Expect(page.GetByTestId("selected-item")).ToHaveTextAsync("Retirement: one-stop");
        await Assertions.Expect(page.GetByLabel("Retirement date", new() { Exact = true })).ToHaveCountAsync(1);
        await page.ScreenshotAsync("bundle-form-en");
        await page.Context.CloseAsync();
    }
}
