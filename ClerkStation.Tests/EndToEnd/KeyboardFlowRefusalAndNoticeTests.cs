using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>The counter's two ways of not accepting, with the keyboard alone: a refusal with its reason, and a one-time notice.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Database", BrowserCollection.EngineIndependent)]
public sealed class KeyboardFlowRefusalAndNoticeTests(BrowserAppFixture app) : KeyboardFlowTestBase(app)
{
    /// <summary>Both ways start alike: the applicant identified and RS-002 (a change of pension contribution level) open.</summary>
    private static async Task<KeyboardClerk> OpenPensionLevelChangeAsync(IPage page)
    {
        var clerk = await IdentifiedAsync(page);
        await OpenItemAsync(page, clerk, "rs002", "RS-002", "城乡居民基本养老保险缴费档次变更");
        return clerk;
    }

    [Fact]
    public Task A_refusal_is_recorded_with_the_keyboard_alone() =>
        PlayAsync(RefuseAsync, "refusal RS-002", "keyboard-refusal");

    private static async Task<KeyboardClerk> RefuseAsync(IPage page)
    {
        var clerk = await OpenPensionLevelChangeAsync(page);

        await clerk.TabToAsync(page.GetByTestId("refuse"));
        await clerk.PressAsync("Enter");
        var reason = page.Locator("#refuse-text");
        await clerk.TabToAsync(reason);
        await clerk.TypeAsync("已参加职工养老保险");
        await clerk.TabToAsync(page.GetByTestId("refuse-confirm"));
        await clerk.TimedAsync("refuse", () => Task.CompletedTask, "Enter",
            () => Assertions.Expect(page.GetByTestId("intake-outcome")).ToContainTextAsync("已出具不予受理通知书"));
        return clerk;
    }

    [Fact]
    public Task A_one_time_notice_is_issued_with_the_keyboard_alone() =>
        PlayAsync(IssueNoticeAsync, "one-time notice RS-002", "keyboard-notice");

    private static async Task<KeyboardClerk> IssueNoticeAsync(IPage page)
    {
        var clerk = await OpenPensionLevelChangeAsync(page);

        // Nothing is ticked: the notice lists what the applicant must bring.
        await clerk.TabToAsync(page.GetByTestId("notice"));
        await clerk.TimedAsync("compose notice", () => Task.CompletedTask, "Enter",
            () => Assertions.Expect(page.GetByTestId("notice-lines").Locator("li").First).ToBeVisibleAsync());
        await clerk.TabToAsync(page.GetByTestId("notice-confirm"));
        await clerk.TimedAsync("issue notice", () => Task.CompletedTask, "Enter",
            () => Assertions.Expect(page.GetByTestId("intake-outcome")).ToContainTextAsync("已出具一次性告知书"));
        return clerk;
    }
}
