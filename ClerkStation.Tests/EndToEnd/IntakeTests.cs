using ClerkStation.Tests.Support;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>The counter flow in a real browser, found the way a clerk (or a screen reader) finds things: by label and role.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IntakeTests(BrowserAppFixture app)
{
    private Task<IPage> CounterAsync(string user = "clerk2", string culture = "zh-CN") =>
        app.Browser.OpenCounterAsync(app.Factory.BaseAddress, user, culture);

    private static async Task IdentifyAsync(IPage page, string id = TestIds.WangFang, string name = "王芳")
    {
        await page.GetByLabel("身份证号码").FillAsync(id);
        await page.GetByLabel("姓名", new() { Exact = true }).FillAsync(name);
    }

    private static async Task OpenItemAsync(IPage page, string query, string itemName)
    {
        await page.GetByLabel("查找事项").FillAsync(query);
        await page.GetByRole(AriaRole.Option, new() { Name = itemName }).First.WaitForAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = itemName }).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("selected-item")).ToHaveTextAsync(itemName);
    }

    private static async Task ChooseAsync(IPage page, string label, string option)
    {
        await page.GetByLabel(label, new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }

    private static Task ReceiveAsync(IPage page, string materialCode, string how = "原件") =>
        page.Locator($"[data-material='{materialCode}']").GetByText(how, new() { Exact = true }).ClickAsync();

    [Fact]
    public async Task An_instant_item_is_accepted_and_completed_on_the_spot()
    {
        var page = await CounterAsync();
        await IdentifyAsync(page);
        await OpenItemAsync(page, "缴费档次变更", "城乡居民基本养老保险缴费档次变更");
        await ChooseAsync(page, "现缴费档次", "300元");
        await ChooseAsync(page, "变更后年缴费档次", "1000元");
        await ChooseAsync(page, "生效年度", "下一年度");
        await ReceiveAsync(page, "id-or-ssc");

        // A double click on Accept records one case.
        await page.GetByTestId("accept").DblClickAsync();

        var outcome = page.GetByTestId("intake-outcome");
        await Assertions.Expect(outcome).ToContainTextAsync("已受理，生成 1 个办件");
        await Assertions.Expect(outcome).ToContainTextAsync("当场办结");
        await Assertions.Expect(outcome.Locator("[data-case]")).ToHaveCountAsync(1);
        await page.ScreenshotAsync("intake-instant-accepted-zh");

        var number = await outcome.Locator("[data-case]").GetAttributeAsync("data-case");
        await page.GotoAsync($"/print/case/{number}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "受理通知书" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("即办件，已当场办结");
        await page.ScreenshotAsync("print-acceptance-zh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_promised_item_is_routed_to_the_civil_affairs_queue()
    {
        var page = await CounterAsync();
        await IdentifyAsync(page, TestIds.ZhaoLei, "赵蕾");
        await OpenItemAsync(page, "liangxiangbutie", "残疾人两项补贴停发、变更");
        await page.GetByText("变更发放账户", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("残疾人姓名").FillAsync("李明");
        await page.GetByLabel("残疾人公民身份号码").FillAsync(TestIds.LiMing);
        await page.GetByTestId("accept").ClickAsync();

        var outcome = page.GetByTestId("intake-outcome");
        try
        {
            await Assertions.Expect(outcome).ToContainTextAsync("待认领");
        }
        catch (PlaywrightException)
        {
            await page.ScreenshotAsync("intake-promised-not-accepted");
            var values = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('[data-intake-form] input')].map(i => (i.id || i.type) + '=' + (i.type === 'radio' ? i.checked : i.value)).join('; ')");
            var problems = string.Join(" | ", await page.GetByTestId("decision-problems").AllInnerTextsAsync());
            throw new InvalidOperationException($"Not accepted. Problems: {problems}; inputs: {values}");
        }

        var number = await outcome.Locator("[data-case]").GetAttributeAsync("data-case");
        Assert.NotNull(number);

        var reviewer = await app.Browser.OpenSignedInAsync(app.Factory.BaseAddress, "reviewer.mz", "/backoffice");
        await Assertions.Expect(reviewer.GetByTestId("queue")).ToContainTextAsync(number!);
        await reviewer.ScreenshotAsync("backoffice-queue-zh");

        // Human resources never sees a civil-affairs case.
        var other = await app.Browser.OpenSignedInAsync(app.Factory.BaseAddress, "reviewer.rs", "/backoffice");
        await Assertions.Expect(other.GetByTestId("queue")).Not.ToContainTextAsync(number!);
        await page.Context.CloseAsync();
        await reviewer.Context.CloseAsync();
        await other.Context.CloseAsync();
    }

    [Fact]
    public async Task Missing_materials_and_field_errors_go_on_a_printable_one_time_notice()
    {
        var page = await CounterAsync();
        await IdentifyAsync(page, TestIds.LiMing, "李明");
        await OpenItemAsync(page, "养老保险关系转移", "企业职工基本养老保险关系转移接续申请");
        await ChooseAsync(page, "转出地类型", "外省（市）职工养老保险");
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

    /// <summary>A clerk starts a contribution-level change, closes the tab once the draft is saved, and opens the counter again.</summary>
    private async Task<IPage> ReopenAfterClosingAsync(string level)
    {
        var page = await CounterAsync("clerk");
        await IdentifyAsync(page, TestIds.ZhaoLei, "赵蕾");
        await OpenItemAsync(page, "缴费档次变更", "城乡居民基本养老保险缴费档次变更");
        await ChooseAsync(page, "现缴费档次", level);
        await page.WaitForTimeoutAsync(1200); // the draft is saved shortly after the last change
        var context = page.Context;
        await page.CloseAsync();

        var again = await context.NewPageAsync();
        await again.GotoAsync("/intake");
        await again.WaitForInteractiveAsync();
        return again;
    }

    [Fact]
    public async Task A_closed_tab_loses_nothing_the_draft_is_offered_back()
    {
        var again = await ReopenAfterClosingAsync("500元");
        var context = again.Context;
        var offer = again.GetByTestId("draft-offer");
        await Assertions.Expect(offer).ToContainTextAsync("城乡居民基本养老保险缴费档次变更");
        await offer.GetByRole(AriaRole.Button, new() { Name = "恢复" }).ClickAsync();
        await Assertions.Expect(again.GetByLabel("姓名", new() { Exact = true })).ToHaveValueAsync("赵蕾");
        await Assertions.Expect(again.GetByTestId("selected-item")).ToHaveTextAsync("城乡居民基本养老保险缴费档次变更");
        await Assertions.Expect(again.GetByLabel("现缴费档次", new() { Exact = true })).ToHaveValueAsync("500元");
        // The restore button is gone with its offer: the clerk carries on in the form, not on the page body.
        await Assertions.Expect(again.Locator("[data-intake-form] :focus")).ToHaveCountAsync(1);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Discarding_a_draft_leaves_the_clerk_in_the_id_field()
    {
        var again = await ReopenAfterClosingAsync("300元");
        var context = again.Context;
        var offers = again.GetByTestId("draft-offer");
        await Assertions.Expect(offers.First).ToBeVisibleAsync();
        var count = await offers.CountAsync();
        await offers.First.GetByTestId("draft-discard").ClickAsync();
        await Assertions.Expect(offers).ToHaveCountAsync(count - 1);
        await Assertions.Expect(again.Locator("#applicant-idNumber")).ToBeFocusedAsync();
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_field_being_typed_in_when_the_tab_closes_is_in_the_draft()
    {
        var page = await CounterAsync("clerk");
        await IdentifyAsync(page, TestIds.LiMing, "李明");
        await OpenItemAsync(page, "养老保险关系转移", "企业职工基本养老保险关系转移接续申请");
        await ChooseAsync(page, "转出地类型", "外省（市）职工养老保险");
        var field = page.GetByLabel("转出地社保机构", new() { Exact = true });
        await field.ClickAsync();
        await field.PressSequentiallyAsync("杭州市社会保险管理服务中心");
        await page.WaitForTimeoutAsync(1500); // a pause in typing; the focus never leaves the field
        await Assertions.Expect(field).ToBeFocusedAsync();
        var context = page.Context;
        await page.CloseAsync();

        var again = await context.NewPageAsync();
        await again.GotoAsync("/intake");
        await again.WaitForInteractiveAsync();
        var offer = again.GetByTestId("draft-offer").Filter(new() { HasText = "企业职工基本养老保险关系转移接续申请" });
        await offer.First.GetByRole(AriaRole.Button, new() { Name = "恢复" }).ClickAsync();
        await Assertions.Expect(again.GetByTestId("selected-item")).ToHaveTextAsync("企业职工基本养老保险关系转移接续申请");
        await Assertions.Expect(again.GetByLabel("转出地社保机构", new() { Exact = true })).ToHaveValueAsync("杭州市社会保险管理服务中心");
        await context.CloseAsync();
    }

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
