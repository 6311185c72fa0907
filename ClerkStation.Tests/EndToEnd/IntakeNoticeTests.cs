using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>What the counter prints when it does not accept: the one-time notice of what is missing, and a refusal with its reason.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IntakeNoticeTests(BrowserAppFixture app) : IntakeTestBase(app)
{
    [Fact]
    public async Task Missing_materials_and_field_errors_go_on_a_printable_one_time_notice()
    {
        var page = await CounterAsync();
        await IdentifyAsync(page, TestIds.LiMing, "李明");
        await OpenItemAsync(page, "养老保险关系转移", "企业职工基本养老保险关系转移接续申请");
        await page.ChooseAsync("转出地类型", "外省（市）职工养老保险");
        await ReceiveAsync(page, "id-card");

        await page.GetByTestId("accept").ClickAsync();
        var problems = page.GetByTestId("decision-problems");
        await Assertions.Expect(problems).ToContainTextAsync("参保缴费凭证（可线上开具）：尚未提供");
        await Assertions.Expect(problems).ToContainTextAsync("转出地社保机构：此项为必填项");
        await page.ScreenshotAsync("intake-form-errors-zh");

        await page.GetByTestId("notice").ClickAsync();
        var lines = page.GetByTestId("notice-lines");
        await Assertions.Expect(lines).ToContainTextAsync("参保缴费凭证");
        await Assertions.Expect(lines).Not.ToContainTextAsync("此项为必填项");
        await Assertions.Expect(lines).Not.ToContainTextAsync("转出地社保机构");

        // The clerk puts a blank the applicant cannot answer on the notice, adds a line of their own, removes one.
        await page.GetByTestId("notice-optional").GetByRole(AriaRole.Listitem).Filter(new() { HasText = "转出地社保机构" })
            .GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(lines).ToContainTextAsync("转出地社保机构：请提供此项信息");
        await page.GetByLabel("补充一项（自行填写）").FillAsync("请携带原参保地出具的参保缴费凭证原件");
        await page.GetByTestId("notice-add").ClickAsync();
        // The added line is on the screen before the lines are counted and one is removed (the add is a round trip).
        await Assertions.Expect(lines).ToContainTextAsync("请携带原参保地出具的参保缴费凭证原件");
        var count = await lines.Locator("li").CountAsync();
        await lines.Locator("li").First.GetByTestId("notice-remove").ClickAsync();
        await Assertions.Expect(lines.Locator("li")).ToHaveCountAsync(count - 1);
        await page.ScreenshotAsync("intake-notice-review-zh");
        await page.GetByTestId("notice-confirm").ClickAsync();

        var outcome = page.GetByTestId("intake-outcome");
        await Assertions.Expect(outcome).ToContainTextAsync("已出具一次性告知书");
        var link = outcome.GetByRole(AriaRole.Link, new() { Name = "打印通知书" });
        var href = await link.GetAttributeAsync("href");
        await page.GotoAsync(href!);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "一次性告知书" })).ToBeVisibleAsync();
        var printed = page.GetByTestId("print-notice-lines");
        await Assertions.Expect(printed.Locator("li")).ToHaveCountAsync(count - 1);
        await Assertions.Expect(printed).ToContainTextAsync("请携带原参保地出具的参保缴费凭证原件");
        await Assertions.Expect(printed).ToContainTextAsync("转出地社保机构：请提供此项信息");
        await page.ScreenshotAsync("print-one-time-notice-zh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_refusal_needs_a_reason_and_prints_a_notice()
    {
        var page = await CounterAsync();
        await IdentifyAsync(page);
        await OpenItemAsync(page, "缴费档次变更", "城乡居民基本养老保险缴费档次变更");
        await page.GetByTestId("refuse").ClickAsync();
        await page.GetByTestId("refuse-confirm").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("此项为必填项");
        await page.GetByLabel("不予受理理由").FillAsync("申请人已参加企业职工基本养老保险，不属于城乡居民养老保险参保范围");
        await page.GetByTestId("refuse-confirm").ClickAsync();

        var outcome = page.GetByTestId("intake-outcome");
        await Assertions.Expect(outcome).ToContainTextAsync("已出具不予受理通知书");
        var href = await outcome.GetByRole(AriaRole.Link, new() { Name = "打印通知书" }).GetAttributeAsync("href");
        await page.GotoAsync(href!);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "不予受理通知书" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("不属于城乡居民养老保险参保范围");
        await page.ScreenshotAsync("print-refusal-zh");
        await page.Context.CloseAsync();
    }
}
