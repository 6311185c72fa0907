using ClerkStation.Features.BackOffice;
using ClerkStation.Tests.Features.BackOffice;
using ClerkStation.Tests.Features.CaseFile;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>A page brought to the counter for a supplement reaches the reviewer's case file marked new.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseFileSupplementBrowserTests(BrowserAppFixture app)
{
    [Fact]
    public async Task A_page_brought_for_a_supplement_is_marked_new_for_the_reviewer()
    {
        var clerk = await app.Factory.SignedInAsync("clerk");
        var reviewer = await app.Factory.SignedInAsync("reviewer.mz");
        var (id, number) = await CaseScenario.SubmitPromisedAsync(app.Factory, clerk);
        await app.Factory.SendAsync(reviewer, new ClaimCase(id));
        await app.Factory.SendAsync(reviewer, new RequestSupplement(id, ["户口簿复印件"]));

        var counter = await app.SignedInAsync("clerk", "/counter");
        var part = counter.Locator($"[data-number='{number}'] ~ [data-testid='supplement-pages']").First;
        await part.GetByTestId("pages-supplement").SetBlazorInputFilesAsync(new FilePayload { Name = "hukou.jpg", MimeType = "image/jpeg", Buffer = TestPages.Jpeg(900, 1200, 0x90) });
        await Assertions.Expect(part.Locator("figure")).ToHaveCountAsync(1);
        await counter.ScreenshotAsync("casefile-supplement-counter-zh");
        await counter.GetByRole(AriaRole.Button, new() { Name = $"登记补正材料：办件 {number}" }).ClickAsync();
        await Assertions.Expect(counter.Locator($"[data-number='{number}']")).ToHaveCountAsync(0);
        await counter.Context.CloseAsync();

        var review = await app.SignedInAsync("reviewer.mz", $"/backoffice/case/{number}");
        var file = review.GetByTestId("case-file");
        await Assertions.Expect(file.GetByTestId("page-new")).ToHaveCountAsync(1);
        await Assertions.Expect(file.Locator("[data-material='supplement']")).ToContainTextAsync("补正材料");
        await file.Locator("[data-page-index='0']").ClickAsync();
        await review.GetByTestId("viewer-image").WaitForImageAsync();
        await review.ScreenshotAsync("casefile-supplement-new-zh");
        await review.Context.CloseAsync();
    }
}
