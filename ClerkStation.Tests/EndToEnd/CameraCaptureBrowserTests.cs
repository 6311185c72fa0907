using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>
/// 高拍仪 / webcam at the counter, with Chromium's fake camera (--use-fake-device-for-media-stream): one key per page,
/// pages in the order taken, retake replaces the last page, and the stills arrive as normal pages of the material.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Database", BrowserCollection.EngineIndependent)]
public sealed class CameraCaptureBrowserTests(BrowserAppFixture app)
{
    [Fact]
    public async Task The_clerk_takes_pages_with_the_camera_one_key_each_and_retakes_the_last()
    {
        var page = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk");
        await page.Context.GrantPermissionsAsync(["camera"]);
        await page.GetByLabel("身份证号码").FillAsync(TestIds.ZhaoLei);
        await page.Field("姓名").FillAsync("赵蕾");
        await page.GetByLabel("查找事项").FillAsync("liangxiangbutie");
        await page.GetByRole(AriaRole.Option, new() { Name = "残疾人两项补贴停发、变更" }).First.ClickAsync();
        await page.GetByText("变更发放账户", new() { Exact = true }).ClickAsync();

        await page.GetByTestId("camera-holder-id").ClickAsync();
        var panel = page.GetByTestId("camera-panel");
        await Assertions.Expect(panel.GetByTestId("camera-status")).ToHaveTextAsync("按空格拍下一页");
        await Assertions.Expect(panel).ToBeFocusedAsync();
        var pages = page.Locator("[data-pages='holder-id'] figure");

        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(panel.GetByTestId("camera-status")).ToHaveTextAsync("已拍 1 页");
        await Assertions.Expect(pages).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(panel.GetByTestId("camera-status")).ToHaveTextAsync("已拍 2 页");
        await Assertions.Expect(pages).ToHaveCountAsync(2);

        await page.Keyboard.PressAsync("r");
        await Assertions.Expect(panel.GetByTestId("camera-status")).ToHaveTextAsync("已删除上一页，请重拍");
        await Assertions.Expect(pages).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(panel.GetByTestId("camera-status")).ToHaveTextAsync("已拍 2 页");
        await Assertions.Expect(pages).ToHaveCountAsync(2);
        await Assertions.Expect(pages.Nth(0)).ToHaveAttributeAsync("data-page", "1");
        await Assertions.Expect(pages.Nth(1)).ToHaveAttributeAsync("data-page", "2");
        await Assertions.Expect(pages.Nth(1)).ToHaveAttributeAsync("data-kind", "image");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll(\"[data-pages='holder-id'] img\")].filter(i => i.complete && i.naturalWidth > 0).length >= 2");
        await panel.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("casefile-camera-zh");

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(panel).ToHaveCountAsync(0);
        await Assertions.Expect(pages).ToHaveCountAsync(2);
    }
}
