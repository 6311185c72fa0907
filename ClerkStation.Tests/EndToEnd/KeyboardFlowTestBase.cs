using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>
/// What the counter's typical decisions with the keyboard alone share (the instant certificate is in
/// <see cref="KeyboardOnlyTests"/>): each flow is played once to warm the server up, then measured for the next
/// applicant. Keystrokes are counted after the card reader has filled ID number and name; each server round trip is
/// timed. Reports go to artifacts/screenshots/keyboard-*.txt and docs/performance/counter.md.
/// </summary>
public abstract class KeyboardFlowTestBase(BrowserAppFixture app)
{
    private protected static ILocator Field(IPage page, string path) => page.Locator($"[data-intake-form] [data-field='{path}'] :is(input, select)").First;

    private protected static ILocator Choice(IPage page, string path) => page.Locator($"[data-intake-form] [data-field='{path}'] input");

    /// <summary>
    /// A drop-down by the keyboard: a native select (ADR 0026), where each arrow moves to the next option and takes it;
    /// <paramref name="position"/> arrows from the empty choice reach the option.
    /// </summary>
    private protected static Task ChooseAsync(IPage page, KeyboardClerk clerk, string path, int position, string label) =>
        clerk.TimedAsync("choose " + label, () => clerk.PressAsync("ArrowDown", position - 1), "ArrowDown",
            () => Assertions.Expect(Field(page, path).Locator("option:checked")).ToHaveTextAsync(label));

    private protected async Task PlayAsync(Func<IPage, Task<KeyboardClerk>> flow, string scenario, string artifact)
    {
        var page = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk2");
        await flow(page); // the morning's first applicant warms the server up
        await NextApplicantAsync(page);
        await FinishAsync(page, await flow(page), scenario, artifact);
    }

    /// <summary>The bank account the benefit is paid into: 中国农业银行, the account number, the holder.</summary>
    private protected static async Task BankAccountAsync(IPage page, KeyboardClerk clerk)
    {
        await clerk.TabToAsync(Field(page, "bankName"));
        await ChooseAsync(page, clerk, "bankName", 1, "中国农业银行");
        await clerk.PressAsync("Tab");
        await clerk.TypeAsync("6228480012345678");
        await clerk.PressAsync("Tab");
        await clerk.TypeAsync("赵蕾");
    }

    /// <summary>Each material's row: Tab to it (focus lands on 缺), one arrow left to the form received.</summary>
    private protected static async Task ReceiveAsync(IPage page, KeyboardClerk clerk, (string Material, string Status)[] received)
    {
        foreach (var (material, status) in received)
        {
            var row = page.Locator($"[data-material='{material}']");
            await clerk.TabToAsync(row);
            await clerk.PressAsync("ArrowLeft");
            await Assertions.Expect(row.GetByRole(AriaRole.Radio, new() { Name = status })).ToBeCheckedAsync();
        }
    }

    private static async Task NextApplicantAsync(IPage page)
    {
        await page.GotoAsync("/intake");
        await page.WaitForInteractiveAsync();
        await page.DiscardOfferedDraftAsync();
    }

    private protected static async Task<KeyboardClerk> IdentifiedAsync(IPage page)
    {
        var clerk = new KeyboardClerk(page);
        await Assertions.Expect(page.Locator("#applicant-idNumber")).ToBeFocusedAsync();
        // The card reader: ID number into the focused field, then the name.
        await page.Keyboard.InsertTextAsync(TestIds.ZhaoLei);
        await page.Field("姓名").FillAsync("赵蕾");
        return clerk;
    }

    private protected static async Task OpenItemAsync(IPage page, KeyboardClerk clerk, string query, string code, string name)
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
        clerk.AssertRoundTripsWithinBound(report);
        await page.Context.CloseAsync();
    }
}
