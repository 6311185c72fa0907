using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>The screens and printouts changed for the counter (issue 11), in English, as a clerk switching language sees them.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Database", BrowserCollection.EngineIndependent)]
public sealed class EnglishScreensTests(BrowserAppFixture app)
{
    [Fact]
    public async Task Problems_the_notice_review_and_its_printout_read_in_english()
    {
        var page = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk2", "en-US");
        await page.Locator("#applicant-idNumber").FillAsync(TestIds.LiMing);
        await page.Locator("#applicant-name").FillAsync("李明");
        await page.Locator("#item-search").FillAsync("RS-018"); // an item code finds the item
        await page.Locator("#item-results [data-code='RS-018']").ClickAsync();
        await page.Locator("[data-material='id-card']").GetByText("Original", new() { Exact = true }).ClickAsync();
        await page.GetByTestId("accept").ClickAsync();

        var problems = page.GetByTestId("decision-problems");
        await Assertions.Expect(problems).ToContainTextAsync("The decision was not recorded");
        await Assertions.Expect(problems).ToContainTextAsync("Not provided: tick how it was received");
        await page.ScreenshotAsync("intake-problems-en");

        await page.GetByTestId("notice").ClickAsync();
        var lines = page.GetByTestId("notice-lines");
        await Assertions.Expect(lines).ToContainTextAsync("Bring");
        await Assertions.Expect(lines).Not.ToContainTextAsync("This field is required");
        await page.ScreenshotAsync("intake-notice-review-en");
        await page.GetByTestId("notice-confirm").ClickAsync();

        var href = await page.GetByTestId("intake-outcome").Locator("a[href^='/print/decision/']").GetAttributeAsync("href");
        await page.GotoAsync(href!);
        await Assertions.Expect(page.GetByTestId("print-notice-lines")).ToContainTextAsync("Bring");
        await page.ScreenshotAsync("print-one-time-notice-en");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_counter_list_search_and_the_acceptance_notice_read_in_english()
    {
        var page = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk2", "en-US");
        await page.Locator("#applicant-idNumber").FillAsync(TestIds.WangFang);
        await page.Locator("#applicant-name").FillAsync("王芳");
        await page.Locator("#item-search").FillAsync("mz-026");
        await page.Locator("#item-results [data-code='MZ-026']").ClickAsync();
        await page.Locator("[data-material='id-card']").GetByText("Original", new() { Exact = true }).ClickAsync();
        await page.GetByTestId("accept").ClickAsync();
        await Assertions.Expect(page.GetByTestId("decision-problems")).ToContainTextAsync("Status to certify");
        await page.ScreenshotAsync("intake-field-problems-en");

        await page.GotoAsync("/counter");
        await page.WaitForInteractiveAsync();
        await page.Locator("#counter-search").FillAsync("nobody-here");
        await Assertions.Expect(page.GetByTestId("counter-empty")).ToHaveTextAsync("No case matches.");
        await page.ScreenshotAsync("counter-search-en");
        await page.Context.CloseAsync();
    }
}
