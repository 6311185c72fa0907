using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>The counter's drafts: a closed tab loses nothing, a draft is offered back or discarded.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IntakeDraftTests(BrowserAppFixture app) : IntakeTestBase(app)
{
    /// <summary>A clerk starts a contribution-level change, closes the tab once the draft is saved, and opens the counter again.</summary>
    private async Task<IPage> ReopenAfterClosingAsync(string level)
    {
        var page = await CounterAsync("clerk");
        await IdentifyAsync(page, TestIds.ZhaoLei, "赵蕾");
        await OpenItemAsync(page, "缴费档次变更", "城乡居民基本养老保险缴费档次变更");
        await page.ChooseAsync("现缴费档次", level);
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
        await Assertions.Expect(again.Field("姓名")).ToHaveValueAsync("赵蕾");
        await Assertions.Expect(again.GetByTestId("selected-item")).ToHaveTextAsync("城乡居民基本养老保险缴费档次变更");
        await Assertions.Expect(again.Field("现缴费档次").Locator("option:checked")).ToHaveTextAsync("500元");
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
        await page.ChooseAsync("转出地类型", "外省（市）职工养老保险");
        var field = page.Field("转出地社保机构");
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
        await Assertions.Expect(again.Field("转出地社保机构")).ToHaveValueAsync("杭州市社会保险管理服务中心");
        await context.CloseAsync();
    }
}
