using ClerkStation.Features.Queue;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>
/// The window bar's window number, a native select: choosing a free window seats the clerk there; choosing one another
/// clerk holds is refused with the holder's name, and the select shows the window the clerk still holds.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Database", BrowserCollection.EngineIndependent)]
public sealed class WindowNumberBrowserTests(BrowserAppFixture app)
{
    [Fact]
    public async Task Choosing_a_window_seats_the_clerk_and_a_held_one_is_refused_without_moving_the_select()
    {
        // Two accounts of their own, so no other browser test's clerk is moved from its window.
        var holder = await app.Factory.AccountAsync("clerk.window-holder", Actors.Clerk with { DisplayName = "赵守窗" });
        var chooser = await app.Factory.AccountAsync("clerk.window-chooser", Actors.Clerk with { DisplayName = "钱选窗" });
        await app.Factory.SendAsync(holder, new TakeWindow(4));
        try
        {
            var page = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk.window-chooser");
            var select = page.GetByLabel("窗口", new() { Exact = true });
            await Assertions.Expect(page.GetByTestId("window-call-next")).ToBeEnabledAsync();

            await select.SelectOptionAsync("3");
            await Assertions.Expect(page.GetByTestId("window-seated")).ToBeVisibleAsync();
            await Assertions.Expect(select).ToHaveValueAsync("3");

            await select.SelectOptionAsync("4");
            await Assertions.Expect(page.GetByTestId("window-bar").GetByRole(AriaRole.Alert)).ToContainTextAsync("赵守窗");
            await Assertions.Expect(select).ToHaveValueAsync("3");
            await Assertions.Expect(page.GetByTestId("window-seated")).ToBeVisibleAsync();
            await page.GetByTestId("window-bar").ScreenshotAsync(new() { Path = Screenshots.PathFor("queue-window-refused-zh") });
            await page.Context.CloseAsync();
        }
        finally
        {
            await app.Factory.SendAsync(holder, new ReleaseWindow());
            await app.Factory.SendAsync(chooser, new ReleaseWindow());
        }
    }
}
