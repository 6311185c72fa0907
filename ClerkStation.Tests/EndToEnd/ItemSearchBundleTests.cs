using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>A 一件事 bundle from the search: one merged form that asks shared fields once, one case per part in each department's queue.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Database", BrowserCollection.EngineIndependent)]
public sealed class ItemSearchBundleTests(BrowserAppFixture app) : ItemSearchTestBase(app)
{
    // 退休一件事: 企业职工基本养老保险待遇申领 (人力社保, promised) + 住房公积金退休提取 (住房公积金, instant).
    private const string PensionClaim = "企业职工基本养老保险待遇申领（新增退休人员养老保险待遇核准支付）";
    private const string FundWithdrawal = "住房公积金退休提取";

    private static Task PickAsync(IPage page, string fieldKey, string option) =>
        page.Locator($"[data-field='{fieldKey}']").GetByText(option, new() { Exact = true }).ClickAsync();

    private static Task ReceiveAsync(IPage page, string materialCode) =>
        page.Locator($"[data-material='{materialCode}']").GetByText("原件", new() { Exact = true }).ClickAsync();

    [Fact]
    public async Task A_bundle_intake_asks_shared_fields_once_and_creates_one_case_per_part_in_each_department()
    {
        var page = await CounterAsync();
        await page.GetByLabel("身份证号码").FillAsync(TestIds.WangFang);
        await page.Field("姓名").FillAsync("王芳");

        await SearchAsync(page, "退休一件事");
        await Results(page).Filter(new() { HasText = RetirementBundle }).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("selected-item")).ToHaveTextAsync(RetirementBundle);

        // Both parts ask for the retirement date, the payment account and the declaration: the merged form asks once.
        await Assertions.Expect(page.Locator("[data-field='retirementDate']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByLabel("退休时间", new() { Exact = true })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-field='bankAccountNo']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-field='declaration']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "资金发放账户" })).ToHaveCountAsync(1);

        await page.ChooseAsync("开户银行", "中国农业银行");
        await page.GetByLabel("银行账号（社会保障卡金融账号）").FillAsync("6228480012345678901");
        await page.GetByLabel("账户户名").FillAsync("王芳");
        await page.ChooseAsync("退休类型", "达到法定退休年龄");
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
        var reviewer = await App.Browser.OpenSignedInAsync(App.Factory.BaseAddress, "reviewer.rs", "/backoffice");
        var queue = reviewer.GetByTestId("queue");
        await Assertions.Expect(queue).ToContainTextAsync(pensionNumber!);
        await Assertions.Expect(queue).Not.ToContainTextAsync(fundNumber!);
        await reviewer.ScreenshotAsync("bundle-part-in-rs-queue-zh");
        await page.Context.CloseAsync();
        await reviewer.Context.CloseAsync();
    }
}
