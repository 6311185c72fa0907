using ClerkStation.Tests.Features.CaseFile;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>The case file in real browsers: the clerk attaches pages at the counter, the reviewer pages through them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseFilePagingBrowserTests(BrowserAppFixture app)
{
    [Fact]
    public async Task A_clerk_attaches_two_images_and_a_pdf_to_a_promised_case_and_the_reviewer_pages_through_them()
    {
        var page = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk");
        await page.GetByLabel("身份证号码").FillAsync(TestIds.ZhaoLei);
        await page.Field("姓名").FillAsync("赵蕾");
        await page.GetByLabel("查找事项").FillAsync("liangxiangbutie");
        await page.GetByRole(AriaRole.Option, new() { Name = "残疾人两项补贴停发、变更" }).First.ClickAsync();
        await page.GetByText("变更发放账户", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("残疾人姓名").FillAsync("李明");
        await page.GetByLabel("残疾人公民身份号码").FillAsync(TestIds.LiMing);

        // Two photos of the ID card in one pick (names say nothing: the bytes decide), and a PDF for the change proof.
        await page.GetByTestId("pages-holder-id").SetBlazorInputFilesAsync(
        [
            new FilePayload { Name = "front.jpg", MimeType = "image/jpeg", Buffer = TestPages.Jpeg(1600, 1000, 0x30) },
            new FilePayload { Name = "back.pdf", MimeType = "application/pdf", Buffer = TestPages.Png(1600, 1000, 0xA0) },
        ]);
        var idPages = page.Locator("[data-pages='holder-id'] figure");
        await Assertions.Expect(idPages).ToHaveCountAsync(2);
        await Assertions.Expect(idPages.Nth(1)).ToHaveAttributeAsync("data-kind", "image");
        // From the keyboard: Alt+U on the material's row opens its picker (once the two pages are shown, so the key is not
        // pressed into a re-render).
        await WaitForThumbnailsAsync(page, 2);
        var firstOption = page.Locator("[data-material='change-proof'] input[type=radio]").First;
        await firstOption.FocusAsync();
        await Assertions.Expect(firstOption).ToBeFocusedAsync();
        var chooser = await PressForFileChooserAsync(page, "Alt+U");
        await chooser.SetFilesAsync(new FilePayload { Name = "proof.pdf", MimeType = "application/pdf", Buffer = TestPages.Pdf() });
        await Assertions.Expect(page.Locator("[data-pages='change-proof'] figure[data-kind='pdf']")).ToHaveCountAsync(1);

        // A script dressed as a photo is refused with a reason.
        await page.GetByTestId("pages-change-proof").SetBlazorInputFilesAsync(new FilePayload { Name = "photo.jpg", MimeType = "image/jpeg", Buffer = "<script>alert(1)</script>"u8.ToArray() });
        await Assertions.Expect(page.GetByTestId("page-problem")).ToContainTextAsync("只接受 JPG、PNG 或 PDF");
        await Assertions.Expect(page.Locator("[data-pages='change-proof'] figure")).ToHaveCountAsync(1);
        await WaitForThumbnailsAsync(page, 3);
        await page.Locator("[data-material-pages='holder-id']").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("casefile-checklist-pages-zh");

        // The tab is closed and reopened in English: the draft comes back with its pages.
        await page.WaitForTimeoutAsync(1200);
        await page.SwitchLanguageAsync("en-US");
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("draft-offer").GetByRole(AriaRole.Button, new() { Name = "Restore" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-pages='holder-id'] figure")).ToHaveCountAsync(2);
        await WaitForThumbnailsAsync(page, 3);
        await page.ScreenshotAsync("casefile-checklist-pages-en");

        await page.GetByTestId("accept").ClickAsync();
        var number = await page.GetByTestId("intake-outcome").Locator("[data-case]").GetAttributeAsync("data-case");
        Assert.NotNull(number);
        await page.Context.CloseAsync();

        var reviewer = await app.SignedInAsync("reviewer.mz", $"/backoffice/case/{number}");
        var file = reviewer.GetByTestId("case-file");
        await Assertions.Expect(file.Locator("[data-page-index]")).ToHaveCountAsync(3);
        await file.Locator("[data-page-index='0']").ClickAsync();
        var viewer = reviewer.GetByTestId("page-viewer");
        await Assertions.Expect(reviewer.GetByTestId("viewer-position")).ToHaveTextAsync("第 1 页，共 3 页");
        await reviewer.GetByTestId("viewer-image").WaitForImageAsync();
        await reviewer.ScreenshotAsync("casefile-viewer-zh");

        // The keyboard pages through: → to the second photo, → to the PDF, ← back.
        await viewer.PressAsync("ArrowRight");
        await Assertions.Expect(reviewer.GetByTestId("viewer-position")).ToHaveTextAsync("第 2 页，共 3 页");
        await reviewer.GetByTestId("viewer-image").WaitForImageAsync();
        await viewer.PressAsync("r");
        await Assertions.Expect(reviewer.GetByTestId("viewer-image")).ToHaveAttributeAsync("style", new System.Text.RegularExpressions.Regex("rotate\\(90deg\\)"));
        await viewer.PressAsync("ArrowRight");
        await Assertions.Expect(reviewer.GetByTestId("viewer-position")).ToHaveTextAsync("第 3 页，共 3 页");
        await Assertions.Expect(reviewer.GetByTestId("open-pdf")).ToBeVisibleAsync();
        await viewer.PressAsync("ArrowLeft");
        await Assertions.Expect(reviewer.GetByTestId("viewer-position")).ToHaveTextAsync("第 2 页，共 3 页");

        await reviewer.SwitchLanguageAsync("en-US");
        await reviewer.WaitForInteractiveAsync();
        await file.Locator("[data-page-index='0']").ClickAsync();
        await Assertions.Expect(reviewer.GetByTestId("viewer-position")).ToHaveTextAsync("Page 1 of 3");
        await reviewer.GetByTestId("viewer-image").WaitForImageAsync();
        await reviewer.ScreenshotAsync("casefile-viewer-en");
        await reviewer.Context.CloseAsync();
    }

    /// <summary>
    /// Presses a key that should open a file chooser. The chooser handler is attached first and a round trip to the page
    /// made before the key, so Playwright's file-chooser interception is in force when the key arrives (attached in the
    /// same call as the key, a loaded machine can let the chooser open before interception and the event never comes).
    /// </summary>
    private static async Task<IFileChooser> PressForFileChooserAsync(IPage page, string key)
    {
        var opened = new TaskCompletionSource<IFileChooser>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChooser(object? sender, IFileChooser chooser) => opened.TrySetResult(chooser);
        page.FileChooser += OnChooser;
        try
        {
            await page.EvaluateAsync("() => document.readyState");
            await page.Keyboard.PressAsync(key);
            return await opened.Task.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        }
        finally
        {
            page.FileChooser -= OnChooser;
        }
    }

    private static async Task WaitForThumbnailsAsync(IPage page, int count) =>
        await page.WaitForFunctionAsync(
            $"() => [...document.querySelectorAll('.cs-pages img')].filter(i => i.complete && i.naturalWidth > 0).length >= {count}");
}
