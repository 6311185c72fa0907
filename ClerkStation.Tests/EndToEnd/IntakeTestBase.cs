using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>What the counter's browser tests share: the counter opened as a clerk, and finding things the way a clerk (or a screen reader) does, by label and role.</summary>
public abstract class IntakeTestBase(BrowserAppFixture app)
{
    protected BrowserAppFixture App => app;

    protected Task<IPage> CounterAsync(string user = "clerk2", string culture = "zh-CN") =>
        app.Browser.OpenCounterAsync(app.Factory.BaseAddress, user, culture);

    protected static async Task IdentifyAsync(IPage page, string id = TestIds.WangFang, string name = "王芳")
    {
        await page.GetByLabel("身份证号码").FillAsync(id);
        await page.Field("姓名").FillAsync(name);
    }

    protected static async Task OpenItemAsync(IPage page, string query, string itemName)
    {
        await page.GetByLabel("查找事项").FillAsync(query);
        await page.GetByRole(AriaRole.Option, new() { Name = itemName }).First.WaitForAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = itemName }).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("selected-item")).ToHaveTextAsync(itemName);
    }

    protected static Task ReceiveAsync(IPage page, string materialCode, string how = "原件") =>
        page.Locator($"[data-material='{materialCode}']").GetByText(how, new() { Exact = true }).ClickAsync();
}
