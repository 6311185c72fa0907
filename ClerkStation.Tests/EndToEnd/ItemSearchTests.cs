using System.Text.RegularExpressions;
using ClerkStation.Tests.Support;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>
/// Finding an item while the applicant talks: hanzi, initials, full pinyin, a department filter and the keyboard alone;
/// then a 一件事 bundle from one merged form to one case per part in each department's queue.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Database", BrowserCollection.EngineIndependent)]
public sealed partial class ItemSearchTests(BrowserAppFixture app)
{
    private const string SearchBox = "查找事项";

    // 退休一件事: 企业职工基本养老保险待遇申领 (人力社保, promised) + 住房公积金退休提取 (住房公积金, instant).
    private const string RetirementBundle = "退休一件事";
    private const string PensionClaim = "企业职工基本养老保险待遇申领（新增退休人员养老保险待遇核准支付）";
    private const string FundWithdrawal = "住房公积金退休提取";

    [GeneratedRegex("^残疾人证")]
    private static partial Regex StartsWithDisabilityCertificate();

    private Task<IPage> CounterAsync(string user = "clerk2", string culture = "zh-CN") =>
        app.Browser.OpenCounterAsync(app.Factory.BaseAddress, user, culture);

    private static ILocator Results(IPage page) => page.GetByRole(AriaRole.Listbox).GetByRole(AriaRole.Option);

    private static ILocator ResultNames(IPage page) => Results(page).Locator(".cs-result-name");

    private static async Task SearchAsync(IPage page, string query, string label = SearchBox)
    {
        await page.GetByLabel(label).FillAsync(query);
        await Assertions.Expect(page.GetByLabel(label)).ToHaveValueAsync(query);
    }

    private static async Task ChooseAsync(IPage page, string label, string option)
    {
        await page.GetByLabel(label, new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }

    private static Task PickAsync(IPage page, string fieldKey, string option) =>
        page.Locator($"[data-field='{fieldKey}']").GetByText(option, new() { Exact = true }).ClickAsync();

    private static Task ReceiveAsync(IPage page, string materialCode) =>
        page.Locator($"[data-material='{materialCode}']").GetByText("原件", new() { Exact = true }).ClickAsync();

    [Fact]
    public async Task A_clerk_finds_items_by_hanzi_initials_and_full_pinyin()
    {
        var page = await CounterAsync();

        // Hanzi substring: every 残疾人证 item, each with its department and instant/promised.
        await SearchAsync(page, "残疾人证");
        await Assertions.Expect(ResultNames(page).First).ToHaveTextAsync(StartsWithDisabilityCertificate());
        await Assertions.Expect(Results(page).Filter(new() { HasText = "残疾人证新办" })).ToHaveCountAsync(1);
        var first = Results(page).Filter(new() { HasText = "残疾人证新办" });
        await Assertions.Expect(first).ToContainTextAsync("残联");
        await Assertions.Expect(first).ToContainTextAsync("承诺件");
        Assert.True(await Results(page).CountAsync() >= 5, "every 残疾人证 sub-item is listed");

        // Initials: zdshbzjt → 最低生活保障家庭认定及保障金给付, first.
        await SearchAsync(page, "zdshbzjt");
        await Assertions.Expect(ResultNames(page).First).ToHaveTextAsync("最低生活保障家庭认定及保障金给付");
        await Assertions.Expect(Results(page).First).ToContainTextAsync("民政");

        // Full pinyin: canjirenzheng → 残疾人证…, first.
        await SearchAsync(page, "canjirenzheng");
        await Assertions.Expect(ResultNames(page).First).ToHaveTextAsync(StartsWithDisabilityCertificate());
        await Assertions.Expect(Results(page).Filter(new() { HasText = "残疾人证新办" })).ToHaveCountAsync(1);
        await page.ScreenshotAsync("item-search-results-zh");

        // A bundle result says how many items and departments it covers instead of repeating 一件事.
        await SearchAsync(page, "tuixiu");
        var bundle = Results(page).Filter(new() { HasText = RetirementBundle });
        await Assertions.Expect(bundle).ToContainTextAsync("2 个事项 · 2 个部门");
        await Assertions.Expect(bundle.GetByText("一件事", new() { Exact = true })).ToHaveCountAsync(1);
        await page.ScreenshotAsync("item-search-bundle-result-zh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_clerk_filters_by_department()
    {
        var page = await CounterAsync();
        await ChooseAsync(page, "按部门浏览", "残联");

        // Nothing typed: the department's items in catalog order.
        await Assertions.Expect(ResultNames(page).First).ToHaveTextAsync("残疾人证新办");
        var count = await Results(page).CountAsync();
        Assert.True(count >= 10, $"残联 lists its items ({count})");
        await Assertions.Expect(Results(page).Filter(new() { HasNotText = "残联" })).ToHaveCountAsync(0);

        // Typed and filtered: 补贴 is everywhere in the catalog, but only 残联's 补贴 items are listed.
        await SearchAsync(page, "butie");
        await Assertions.Expect(Results(page).Filter(new() { HasText = "残疾人辅助器具适配补贴申请" })).ToHaveCountAsync(1);
        await Assertions.Expect(Results(page).Filter(new() { HasNotText = "残联" })).ToHaveCountAsync(0);
        await Assertions.Expect(Results(page).Filter(new() { HasText = "重度残疾人护理补贴申请" })).ToHaveCountAsync(0); // 民政
        await page.ScreenshotAsync("item-search-department-zh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_clerk_opens_an_item_with_the_keyboard_alone()
    {
        var page = await CounterAsync("clerk");
        var box = page.GetByLabel(SearchBox);

        // "/" focuses the search box from anywhere on the page (and is not typed into it).
        await page.Locator("body").ClickAsync(new() { Position = new() { X = 5, Y = 5 } });
        await page.Keyboard.PressAsync("/");
        await Assertions.Expect(box).ToBeFocusedAsync();
        await Assertions.Expect(box).ToHaveValueAsync(string.Empty);

        await page.Keyboard.TypeAsync("canjirenzheng");
        await Assertions.Expect(box).ToHaveValueAsync("canjirenzheng");
        await Assertions.Expect(ResultNames(page).First).ToHaveTextAsync(StartsWithDisabilityCertificate());
        await Assertions.Expect(Results(page).First).ToHaveAttributeAsync("aria-selected", "true");

        // ArrowDown moves the selection to the second result; Enter opens exactly that one.
        await page.Keyboard.PressAsync("ArrowDown");
        var selected = Results(page).Nth(1);
        await Assertions.Expect(selected).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-activedescendant", (await selected.GetAttributeAsync("id"))!);
        var name = await selected.Locator(".cs-result-name").InnerTextAsync();
        Assert.StartsWith("残疾人证", name, StringComparison.Ordinal);

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("selected-item")).ToHaveTextAsync(name);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_bundle_intake_asks_shared_fields_once_and_creates_one_case_per_part_in_each_department()
    {
        var page = await CounterAsync();
        await page.GetByLabel("身份证号码").FillAsync(TestIds.WangFang);
        await page.GetByLabel("姓名", new() { Exact = true }).FillAsync("王芳");

        await SearchAsync(page, "退休一件事");
        await Results(page).Filter(new() { HasText = RetirementBundle }).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("selected-item")).ToHaveTextAsync(RetirementBundle);

        // Both parts ask for the retirement date, the payment account and the declaration: the merged form asks once.
        await Assertions.Expect(page.Locator("[data-field='retirementDate']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByLabel("退休时间", new() { Exact = true })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-field='bankAccountNo']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-field='declaration']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "资金发放账户" })).ToHaveCountAsync(1);

        await ChooseAsync(page, "开户银行", "中国农业银行");
        await page.GetByLabel("银行账号（社会保障卡金融账号）").FillAsync("6228480012345678901");
        await page.GetByLabel("账户户名").FillAsync("王芳");
        await ChooseAsync(page, "退休类型", "达到法定退休年龄");
        var date = page.GetByLabel("退休时间", new() { Exact = true });
        await date.FillAsync("2026-05-31");
        await date.PressAsync("Tab");
        await Assertions.Expect(date).ToHaveValueAsync("2026-05-31");
        await PickAsync(page, "insuredAs", "灵活就业人员（个人申请）");
        await page.GetByLabel("累计缴费年限（年）").FillAsync("32");
        await PickAsync(page, "hasOtherPlaces", "否");
        await PickAsync(page, "closeAccount", "是");
        await page.Locator("[data-field='declaration'] input[type=checkbox]").CheckAsync();

        foreach (var material in new[] { "id-card", "ssc", "personnel-file", "retirement-form", "retire-proof", "bank-card" })
        {
            await ReceiveAsync(page, material);
        }

        await page.ScreenshotAsync("bundle-form-zh");
        await page.GetByTestId("accept").ClickAsync();

        var outcome = page.GetByTestId("intake-outcome");
        await Assertions.Expect(outcome).ToContainTextAsync("一件事已受理");
        var cases = outcome.Locator("[data-case]");
        await Assertions.Expect(cases).ToHaveCountAsync(2);
        var pension = cases.Filter(new() { HasText = PensionClaim });
        var fund = cases.Filter(new() { HasText = FundWithdrawal });
        await Assertions.Expect(pension).ToContainTextAsync("人力社保");
        await Assertions.Expect(pension).ToContainTextAsync("待认领");
        await Assertions.Expect(fund).ToContainTextAsync("住房公积金");
        await page.ScreenshotAsync("bundle-accepted-zh");
        var pensionNumber = await pension.GetAttributeAsync("data-case");
        var fundNumber = await fund.GetAttributeAsync("data-case");
        Assert.NotNull(pensionNumber);
        Assert.NotNull(fundNumber);
        Assert.NotEqual(pensionNumber, fundNumber);

        // Human resources' reviewer finds their part of the bundle in the queue, and only that part.
        var reviewer = await app.Browser.OpenSignedInAsync(app.Factory.BaseAddress, "reviewer.rs", "/backoffice");
        var queue = reviewer.GetByTestId("queue");
        await Assertions.Expect(queue).ToContainTextAsync(pensionNumber!);
        await Assertions.Expect(queue).Not.ToContainTextAsync(fundNumber!);
        await reviewer.ScreenshotAsync("bundle-part-in-rs-queue-zh");
        await page.Context.CloseAsync();
        await reviewer.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_results_and_the_bundle_form_read_in_english()
    {
        var page = await CounterAsync("clerk", "en-US");
        await SearchAsync(page, "canjiren", "Find an item");
        await Assertions.Expect(Results(page).Filter(new() { HasText = "Disability certificate: first issue" })).ToHaveCountAsync(1);
        await Assertions.Expect(Results(page).Filter(new() { HasText = "Disability certificate: first issue" })).ToContainTextAsync("Disabled Persons' Federation");
        await page.ScreenshotAsync("item-search-results-en");

        await SearchAsync(page, "tuixiu", "Find an item");
        var bundle = Results(page).Filter(new() { HasText = "Retirement: one-stop" });
        await Assertions.Expect(bundle).ToContainTextAsync("2 items · 2 departments");
        await bundle.ClickAsync();
        await Assertions.Expect(page.GetByTestId("selected-item")).ToHaveTextAsync("Retirement: one-stop");
        await Assertions.Expect(page.GetByLabel("Retirement date", new() { Exact = true })).ToHaveCountAsync(1);
        await page.ScreenshotAsync("bundle-form-en");
        await page.Context.CloseAsync();
    }
}
