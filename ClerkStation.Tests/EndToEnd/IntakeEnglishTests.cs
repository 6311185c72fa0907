using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>The counter in English: the item found by its initials from the keyboard, the errors in English.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IntakeEnglishTests(BrowserAppFixture app) : IntakeTestBase(app)
{
    [Fact]
    public async Task The_counter_works_in_english()
    {
        var page = await CounterAsync("clerk", "en-US");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Intake", Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("Resident ID number").FillAsync(TestIds.InvalidCheckDigit);
        // Keyboard only: type the initials and press Enter at once; the first match opens.
        await page.GetByLabel("Find an item").FillAsync("dbsq");
        await page.GetByLabel("Find an item").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("selected-item")).ToContainTextAsync("Minimum living allowance");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Service guide" })).ToBeVisibleAsync();
        await page.GetByTestId("accept").ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Materials");
        await page.ScreenshotAsync("intake-errors-en");
        await page.Context.CloseAsync();
    }
}
