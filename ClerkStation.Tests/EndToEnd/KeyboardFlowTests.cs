using ClerkStation.Tests.Support;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>
/// The counter's other typical decisions with the keyboard alone (the instant certificate is in
/// <see cref="KeyboardOnlyTests"/>): a refusal, a one-time notice, a promised 低保 application with a two-person
/// household, and a 一件事 bundle. Keystrokes are counted after the card reader has filled ID number and name; each
/// server round trip is timed. Reports go to artifacts/screenshots/keyboard-*.txt and docs/performance/counter.md.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardFlowTests(BrowserAppFixture app)
{
    // The goal is 300 ms on a quiet machine (docs/performance/counter.md); the suite runs beside other builds on 2 cores.
    private const double MaxRoundTripMilliseconds = 1500;

    [Fact]
    public async Task A_refusal_is_recorded_with_the_keyboard_alone()
    {
        var page = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk2");
        await RefuseAsync(page); // the morning's first applicant warms the server up
        await NextApplicantAsync(page);
        await FinishAsync(page, await RefuseAsync(page), "refusal RS-002", "keyboard-refusal");
    }

    private static async Task<KeyboardClerk> RefuseAsync(IPage page)
    {
        var clerk = await IdentifiedAsync(page);
        await OpenItemAsync(page, clerk, "rs002", "RS-002", "城乡居民基本养老保险缴费档次变更");

        await clerk.TabToAsync(page.GetByTestId("refuse"));
        await clerk.PressAsync("Enter");
        var reason = page.Locator("#refuse-reason");
        await clerk.TabToAsync(reason);
        await clerk.TypeAsync("已参加职工养老保险");
        await clerk.TabToAsync(page.GetByTestId("refuse-confirm"));
        await clerk.TimedAsync("refuse", () => Task.CompletedTask, "Enter",
            () => Assertions.Expect(page.GetByTestId("intake-outcome")).ToContainTextAsync("已出具不予受理通知书"));
        return clerk;
    }

    [Fact]
    public async Task A_one_time_notice_is_issued_with_the_keyboard_alone()
    {
        var page = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk2");
        await IssueNoticeAsync(page); // the morning's first applicant warms the server up
        await NextApplicantAsync(page);
        await FinishAsync(page, await IssueNoticeAsync(page), "one-time notice RS-002", "keyboard-notice");
    }

    private static async Task<KeyboardClerk> IssueNoticeAsync(IPage page)
    {
        var clerk = await IdentifiedAsync(page);
        await OpenItemAsync(page, clerk, "rs002", "RS-002", "城乡居民基本养老保险缴费档次变更");

        // Nothing is ticked: the notice lists what the applicant must bring.
        await clerk.TabToAsync(page.GetByTestId("notice"));
        await clerk.TimedAsync("compose notice", () => Task.CompletedTask, "Enter",
            () => Assertions.Expect(page.GetByTestId("notice-lines").Locator("li").First).ToBeVisibleAsync());
        await clerk.TabToAsync(page.GetByTestId("notice-confirm"));
        await clerk.TimedAsync("issue notice", () => Task.CompletedTask, "Enter",
            () => Assertions.Expect(page.GetByTestId("intake-outcome")).ToContainTextAsync("已出具一次性告知书"));
        return clerk;
    }

    private static async Task NextApplicantAsync(IPage page)
    {
        await page.GotoAsync("/intake");
        await page.WaitForInteractiveAsync();
        await page.DiscardOfferedDraftAsync();
    }

    private static async Task<KeyboardClerk> IdentifiedAsync(IPage page)
    {
        var clerk = new KeyboardClerk(page);
        await Assertions.Expect(page.Locator("#applicant-idNumber")).ToBeFocusedAsync();
        // The card reader: ID number into the focused field, then the name.
        await page.Keyboard.InsertTextAsync(TestIds.ZhaoLei);
        await page.GetByLabel("姓名", new() { Exact = true }).FillAsync("赵蕾");
        return clerk;
    }

    private static async Task OpenItemAsync(IPage page, KeyboardClerk clerk, string query, string code, string name)
    {
        var results = page.Locator("#item-results [role=option]");
        await clerk.TimedAsync("search", async () =>
        {
            await clerk.PressAsync("Control+k");
            await clerk.TypeAsync(query[..^1]);
        }, query[^1..], () => Assertions.Expect(results.First).ToHaveAttributeAsync("data-code", code));
        await clerk.TimedAsync("open item", () => Task.CompletedTask, "Enter",
            () => Assertions.Expect(page.GetByTestId("selected-item")).ToHaveTextAsync(name));
    }

    private static async Task FinishAsync(IPage page, KeyboardClerk clerk, string scenario, string artifact)
    {
        var report = clerk.Report(scenario);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        await File.WriteAllTextAsync(Screenshots.PathFor(artifact).Replace(".png", ".txt", StringComparison.Ordinal), report,
            TestContext.Current.CancellationToken);
        await page.ScreenshotAsync(artifact + "-zh");
        Assert.All(clerk.Timings, t => Assert.True(t.Milliseconds <= MaxRoundTripMilliseconds, report));
        await page.Context.CloseAsync();
    }
}
