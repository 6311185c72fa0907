using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>Accepting at the counter: an instant item is completed on the spot, a promised one goes to its department's queue.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IntakeAcceptanceTests(BrowserAppFixture app) : IntakeTestBase(app)
{
    [Fact]
    public async Task An_instant_item_is_accepted_and_completed_on_the_spot()
    {
        var page = await CounterAsync();
        await IdentifyAsync(page);
        await OpenItemAsync(page, "缴费档次变更", "城乡居民基本养老保险缴费档次变更");
        await page.ChooseAsync("现缴费档次", "300元");
        await page.ChooseAsync("变更后年缴费档次", "1000元");
        await page.ChooseAsync("生效年度", "下一年度");
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

        var reviewer = await App.Browser.OpenSignedInAsync(App.Factory.BaseAddress, "reviewer.mz", "/backoffice");
        await Assertions.Expect(reviewer.GetByTestId("queue")).ToContainTextAsync(number!);
        await reviewer.ScreenshotAsync("backoffice-queue-zh");

        // Human resources never sees a civil-affairs case.
        var other = await App.Browser.OpenSignedInAsync(App.Factory.BaseAddress, "reviewer.rs", "/backoffice");
        await Assertions.Expect(other.GetByTestId("queue")).Not.ToContainTextAsync(number!);
        await page.Context.CloseAsync();
        await reviewer.Context.CloseAsync();
        await other.Context.CloseAsync();
    }
}
