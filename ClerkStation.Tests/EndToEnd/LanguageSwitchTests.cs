using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>
/// The app bar's language switch: one click to the other language, back on the page the clerk is on, even after moving
/// to it inside the app (the layout does not render again when the page under it changes).
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Database", BrowserCollection.EngineIndependent)]
public sealed class LanguageSwitchTests(BrowserAppFixture app)
{
    [Fact]
    public async Task A_clerk_switches_to_english_and_back_and_stays_on_the_page_moved_to()
    {
        var page = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk2");
        var switcher = page.GetByRole(AriaRole.Navigation, new() { Name = "界面语言" }).GetByRole(AriaRole.Link);
        await Assertions.Expect(switcher).ToHaveTextAsync("English");
        await Assertions.Expect(switcher).ToHaveAttributeAsync("lang", "en-US");

        await page.Locator("a[href='/counter/appointments']").ClickAsync(); // inside the app: no page load
        await page.WaitForURLAsync("**/counter/appointments");
        await Assertions.Expect(switcher).ToHaveAttributeAsync("href", "/culture/set?culture=en-US&returnUrl=%2Fcounter%2Fappointments");
        await switcher.ClickAsync();

        await Assertions.Expect(page.Locator("a[href='/intake']")).ToHaveTextAsync("Intake");
        Assert.Equal("/counter/appointments", new Uri(page.Url).AbsolutePath);
        var back = page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByRole(AriaRole.Link);
        await Assertions.Expect(back).ToHaveTextAsync("中文");
        await page.ScreenshotAsync("language-switch-en");

        await back.ClickAsync();
        await Assertions.Expect(page.Locator("a[href='/intake']")).ToHaveTextAsync("综合受理");
        Assert.Equal("/counter/appointments", new Uri(page.Url).AbsolutePath);
        await page.Context.CloseAsync();
    }
}
