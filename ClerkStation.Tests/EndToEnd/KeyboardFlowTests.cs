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
[Trait("Database", BrowserCollection.EngineIndependent)]
public sealed class KeyboardFlowTests(BrowserAppFixture app)
{
    [Fact]
    public Task A_refusal_is_recorded_with_the_keyboard_alone() =>
        PlayAsync(RefuseAsync, "refusal RS-002", "keyboard-refusal");

    private static async Task<KeyboardClerk> RefuseAsync(IPage page)
    {
        var clerk = await IdentifiedAsync(page);
        await OpenItemAsync(page, clerk, "rs002", "RS-002", "城乡居民基本养老保险缴费档次变更");

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

    [Fact]
    public Task A_promised_minimum_living_allowance_with_a_two_person_household_is_accepted_with_the_keyboard_alone() =>
        PlayAsync(ApplyForAllowanceAsync, "promised 低保 MZ-001, two-person household", "keyboard-allowance");

    private static async Task<KeyboardClerk> ApplyForAllowanceAsync(IPage page)
    {
        var clerk = await IdentifiedAsync(page);
        await OpenItemAsync(page, clerk, "mz001", "MZ-001", "最低生活保障家庭认定及保障金给付");

        // Row 1 is the applicant, prefilled from the ID card: the clerk starts at the first blank, 就业/身体状况.
        await Assertions.Expect(Field(page, "members[0].status")).ToBeFocusedAsync();
        await ChooseAsync(page, clerk, "members[0].status", 2, "务农");
        await clerk.PressAsync("Tab");
        await clerk.TypeAsync("800");
        await clerk.PressAsync("Tab"); // 添加一行
        await clerk.TimedAsync("add household member", () => Task.CompletedTask, "Enter",
            () => Assertions.Expect(Field(page, "members[1].name")).ToBeFocusedAsync());
        await clerk.TypeAsync("李明");
        await clerk.PressAsync("Tab");
        await ChooseAsync(page, clerk, "members[1].relation", 2, "配偶");
        await clerk.PressAsync("Tab");
        await clerk.TypeAsync(TestIds.LiMing);
        await clerk.PressAsync("Tab");
        await ChooseAsync(page, clerk, "members[1].status", 5, "退休");
        await clerk.PressAsync("Tab");
        await clerk.TypeAsync("1200");
        await Assertions.Expect(Field(page, "householdSize")).ToHaveValueAsync("2");

        await BankAccountAsync(page, clerk);

        await clerk.TabToAsync(Choice(page, "hardshipReasons").Nth(2)); // 缺乏劳动力
        await clerk.PressAsync("Space");
        await clerk.TabToAsync(Choice(page, "hasDisabledMember").First);
        await clerk.PressAsync("ArrowDown"); // 否
        await clerk.TabToAsync(Field(page, "housingCount"));
        await clerk.TypeAsync("1");
        await clerk.TabToAsync(Choice(page, "hasVehicle").First);
        await clerk.PressAsync("ArrowDown"); // 否
        await clerk.TabToAsync(Field(page, "financialAssets"));
        await clerk.TypeAsync("3000");
        await clerk.TabToAsync(Choice(page, "hasBusiness").First);
        await clerk.PressAsync("ArrowDown"); // 否
        await clerk.TabToAsync(Choice(page, "applyAsIndividual").First);
        await clerk.PressAsync("Space"); // 以家庭为单位申请
        await clerk.TabToAsync(Choice(page, "authoriseCheck").First);
        await clerk.PressAsync("Space");
        await clerk.PressAsync("Tab");
        await clerk.PressAsync("Space"); // the declaration

        // Materials: the ID card and the two signed forms seen in the original, the household register as an e-licence.
        await ReceiveAsync(page, clerk, [("id-card", "原件"), ("household-register", "电子证照"), ("social-aid-form", "原件"), ("check-authorisation", "原件")]);

        await clerk.TabToAsync(page.GetByTestId("accept"));
        await clerk.TimedAsync("accept", () => Task.CompletedTask, "Enter",
            () => Assertions.Expect(page.GetByTestId("intake-outcome")).ToContainTextAsync("待认领"));
        return clerk;
    }

    [Fact]
    public Task A_bundle_is_accepted_as_one_case_per_part_with_the_keyboard_alone() =>
        PlayAsync(ApplyForRetirementAsync, "bundle 退休一件事 YJS-002 (two items, two departments)", "keyboard-bundle");

    private static async Task<KeyboardClerk> ApplyForRetirementAsync(IPage page)
    {
        var clerk = await IdentifiedAsync(page);
        await OpenItemAsync(page, clerk, "yjs002", "YJS-002", "退休一件事");

        // One merged form: the bank account both parts pay into, then each part's own fields.
        await Assertions.Expect(Field(page, "bankName")).ToBeFocusedAsync();
        await BankAccountAsync(page, clerk);
        await clerk.PressAsync("Tab");
        await ChooseAsync(page, clerk, "retirementType", 1, "达到法定退休年龄");
        await clerk.PressAsync("Tab");
        await clerk.TypeAsync("2026-12-01");
        await clerk.TabToAsync(Choice(page, "insuredAs").First);
        await Assertions.Expect(Field(page, "retirementDate")).ToHaveValueAsync("2026-12-01");
        await clerk.PressAsync("ArrowDown"); // 灵活就业人员（个人申请）
        await clerk.TabToAsync(Field(page, "contributionYears"));
        await clerk.TypeAsync("30");
        await clerk.TabToAsync(Choice(page, "hasOtherPlaces").First);
        await clerk.PressAsync("ArrowDown"); // 否
        await clerk.TabToAsync(Choice(page, "declaration").First);
        await clerk.PressAsync("Space");
        await clerk.TabToAsync(Choice(page, "closeAccount").First);
        await clerk.PressAsync("ArrowDown"); // 否

        // The social security card and the retirement proof are held as e-licences; the rest seen in the original.
        await ReceiveAsync(page, clerk,
            [("id-card", "原件"), ("ssc", "电子证照"), ("personnel-file", "原件"), ("retirement-form", "原件"), ("retire-proof", "电子证照"), ("bank-card", "原件")]);

        await clerk.TabToAsync(page.GetByTestId("accept"));
        await clerk.TimedAsync("accept", () => Task.CompletedTask, "Enter",
            () => Assertions.Expect(page.GetByTestId("intake-outcome")).ToContainTextAsync("生成 2 个办件"));
        return clerk;
    }

    private static ILocator Field(IPage page, string path) => page.Locator($"[data-intake-form] [data-field='{path}'] :is(input, select)").First;

    private static ILocator Choice(IPage page, string path) => page.Locator($"[data-intake-form] [data-field='{path}'] input");

    /// <summary>A drop-down by the keyboard: one arrow opens it, <paramref name="position"/> more reach the option, Enter takes it.</summary>
    private static async Task ChooseAsync(IPage page, KeyboardClerk clerk, string path, int position, string label)
    {
        if (path.Contains('[', StringComparison.Ordinal))
        {
            // A household row's drop-down is a native select (ADR 0026): each arrow moves to the next option and takes it.
            await clerk.TimedAsync("choose " + label, () => clerk.PressAsync("ArrowDown", position - 1), "ArrowDown",
                () => Assertions.Expect(Field(page, path).Locator("option:checked")).ToHaveTextAsync(label));
            return;
        }

        await clerk.PressAsync("ArrowDown");
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = label, Exact = true })).ToBeVisibleAsync();
        await clerk.PressAsync("ArrowDown", position);
        await clerk.TimedAsync("choose " + label, () => Task.CompletedTask, "Enter", () => Assertions.Expect(Field(page, path)).ToHaveValueAsync(label));
    }

    private async Task PlayAsync(Func<IPage, Task<KeyboardClerk>> flow, string scenario, string artifact)
    {
        var page = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk2");
        await flow(page); // the morning's first applicant warms the server up
        await NextApplicantAsync(page);
        await FinishAsync(page, await flow(page), scenario, artifact);
    }

    /// <summary>The bank account the benefit is paid into: 中国农业银行, the account number, the holder.</summary>
    private static async Task BankAccountAsync(IPage page, KeyboardClerk clerk)
    {
        await clerk.TabToAsync(Field(page, "bankName"));
        await ChooseAsync(page, clerk, "bankName", 1, "中国农业银行");
        await clerk.PressAsync("Tab");
        await clerk.TypeAsync("6228480012345678");
        await clerk.PressAsync("Tab");
        await clerk.TypeAsync("赵蕾");
    }

    /// <summary>Each material's row: Tab to it (focus lands on 缺), one arrow left to the form received.</summary>
    private static async Task ReceiveAsync(IPage page, KeyboardClerk clerk, (string Material, string Status)[] received)
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
        clerk.AssertRoundTripsWithinBound(report);
        await page.Context.CloseAsync();
    }
}
