using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>
/// A trained clerk with the keyboard alone (no mouse anywhere): keystrokes counted after the applicant's ID card is read
/// (the card reader fills ID number and name), and each server round trip timed. Figures in docs/performance/counter.md.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Database", BrowserCollection.EngineIndependent)]
public sealed class KeyboardOnlyTests(BrowserAppFixture app)
{
    private const int MaxKeystrokesInstant = 20;

    [Fact]
    public async Task An_instant_certificate_is_accepted_with_the_keyboard_alone_in_twenty_keystrokes()
    {
        var page = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk2");
        await AcceptInstantCertificateAsync(page); // the morning's first applicant warms the server up

        await page.GotoAsync("/intake");
        await page.WaitForInteractiveAsync();
        await page.DiscardOfferedDraftAsync();
        var clerk = await AcceptInstantCertificateAsync(page);

        var report = clerk.Report("instant certificate MZ-026");
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        await File.WriteAllTextAsync(Screenshots.PathFor("keyboard-instant").Replace(".png", ".txt", StringComparison.Ordinal), report,
            TestContext.Current.CancellationToken);
        await page.ScreenshotAsync("keyboard-instant-accepted-zh");
        Assert.True(clerk.Keystrokes <= MaxKeystrokesInstant, report);
        clerk.AssertRoundTripsWithinBound(report);
        await page.Context.CloseAsync();
    }

    private static async Task<KeyboardClerk> AcceptInstantCertificateAsync(IPage page)
    {
        var clerk = new KeyboardClerk(page);
        await Assertions.Expect(page.Locator("#applicant-idNumber")).ToBeFocusedAsync();
        Assert.StartsWith("applicant-idNumber|", await clerk.FocusedAsync(), StringComparison.Ordinal);

        // The card reader: ID number into the focused field, then the name.
        await page.Keyboard.InsertTextAsync(TestIds.WangFang);
        await page.Field("姓名").FillAsync("王芳");

        var results = page.Locator("#item-results [role=option]");
        await clerk.TimedAsync("search", async () =>
        {
            await clerk.PressAsync("Control+k");
            await clerk.TypeAsync("dbz");
        }, "m", () => Assertions.Expect(results.First).ToHaveAttributeAsync("data-code", "MZ-026"));
        await clerk.TimedAsync("open item", () => Task.CompletedTask, "Enter",
            () => Assertions.Expect(page.GetByTestId("selected-item")).ToHaveTextAsync("低保、特困人员救助证明开具"));
        await Assertions.Expect(page.Locator("[data-intake-form] [data-field=proofStatus] select")).ToBeFocusedAsync();

        // The drop-downs are native selects (ADR 0026): an arrow takes the next option, from the empty choice the first.
        await clerk.TimedAsync("choose status", () => Task.CompletedTask, "ArrowDown",
            () => Assertions.Expect(page.Locator("[data-field=proofStatus] option:checked")).ToHaveTextAsync("低保对象"));
        await clerk.TimedAsync("choose purpose", () => clerk.PressAsync("Tab"), "ArrowDown",
            () => Assertions.Expect(page.Locator("[data-field=proofPurpose] option:checked")).ToHaveTextAsync("子女入学、资助"));

        // The ID card was seen: Tab to its row (on 缺), one arrow to 原件.
        var idCard = page.Locator("[data-material='id-card']");
        await clerk.TimedAsync("tick ID card", () => clerk.PressAsync("Tab"), "ArrowLeft",
            () => Assertions.Expect(idCard.GetByRole(AriaRole.Radio, new() { Name = "原件" })).ToBeCheckedAsync());

        await clerk.TimedAsync("accept", async () =>
        {
            await clerk.PressAsync("Tab");
            await Assertions.Expect(page.GetByTestId("accept")).ToBeFocusedAsync();
        }, "Enter", () => Assertions.Expect(page.GetByTestId("intake-outcome")).ToContainTextAsync("当场办结"));
        return clerk;
    }

    [Fact]
    public async Task A_wrong_check_digit_shows_when_the_id_field_is_left()
    {
        var page = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk2");
        await Assertions.Expect(page.Locator("#applicant-idNumber")).ToBeFocusedAsync(); // the page opens ready for the ID
        await page.Keyboard.InsertTextAsync(TestIds.InvalidCheckDigit);
        await page.Keyboard.PressAsync("Tab");

        await Assertions.Expect(page.Locator("#applicant-idNumber")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByText("身份证号校验位不正确，请核对")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("此项为必填项")).ToHaveCountAsync(0); // the name is not nagged yet
        await page.ScreenshotAsync("intake-id-checked-on-blur-zh");
        await page.Context.CloseAsync();
    }
}
