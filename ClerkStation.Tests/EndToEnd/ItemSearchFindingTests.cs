using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>Finding an item while the applicant talks: by hanzi, initials and full pinyin, and by department.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Database", BrowserCollection.EngineIndependent)]
public sealed class ItemSearchFindingTests(BrowserAppFixture app) : ItemSearchTestBase(app)
{
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
        await page.ChooseAsync("按部门浏览", "残联");

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
}
