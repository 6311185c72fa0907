using ClerkStation.Tests.Support;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>免提交 in a real browser: the identified applicant's licences waive a material at intake, and the case is accepted.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LicenceBrowserTests(BrowserAppFixture app)
{
    // 陈建 holds a valid 居民身份证 in the demo licence library (seed-data/licences/library.json).
    private const string ChenJian = "330902195803200016";

    [Fact]
    public async Task An_e_licence_waives_a_material_at_intake_and_the_case_is_accepted()
    {
        var page = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk");
        await page.GetByLabel("身份证号码").FillAsync(ChenJian);
        await page.GetByLabel("姓名", new() { Exact = true }).FillAsync("陈建");
        await page.GetByLabel("查找事项").FillAsync("社保卡挂失");
        await page.GetByRole(AriaRole.Option, new() { Name = "社会保障卡挂失与解挂" }).First.ClickAsync();
        await page.GetByText("解除挂失", new() { Exact = true }).ClickAsync();

        var panel = page.GetByTestId("licence-panel");
        await Assertions.Expect(panel.Locator("[data-licence-material='id-card']")).ToContainTextAsync(ChenJian);
        await Assertions.Expect(panel.Locator("[data-licence-material='id-card']")).ToContainTextAsync("有效");
        await panel.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("licence-panel-zh");

        await page.GetByTestId("use-licence-id-card").ClickAsync();
        await Assertions.Expect(panel.GetByTestId("licence-used")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-material='id-card'] input[type=radio]").Nth(1)).ToBeCheckedAsync();
        await page.GetByTestId("accept").ClickAsync();

        var outcome = page.GetByTestId("intake-outcome");
        await Assertions.Expect(outcome).ToContainTextAsync("已受理，生成 1 个办件");
    }
}
