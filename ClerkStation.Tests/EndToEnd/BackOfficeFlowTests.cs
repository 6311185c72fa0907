using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Tests.Features.BackOffice;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>The whole promised-case lifecycle in real browsers: counter, back office, counter again, public lookup.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BackOfficeFlowTests(BrowserAppFixture app)
{
    private async Task<bool> ViewRecordedAsync(string number)
    {
        var factory = app.Factory.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            await using var db = await factory.CreateDbContextAsync();
            if (await db.AuditEntries.AnyAsync(a => a.Action == global::ClerkStation.Features.BackOffice.RecordCaseView.ViewPersonalData && a.Target == number))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    [Fact]
    public async Task A_promised_case_goes_from_the_counter_through_review_and_supplement_back_to_delivery()
    {
        var clerk = await app.Factory.SignedInAsync("clerk");
        var number = (await CaseScenario.SubmitPromisedAsync(app.Factory, clerk)).Number;

        var reviewer = await app.SignedInAsync("reviewer.mz", "/backoffice");
        await Assertions.Expect(reviewer.GetByTestId("queue")).ToContainTextAsync(number);
        await Assertions.Expect(reviewer.GetByTestId("calendar-provisional").First).ToBeVisibleAsync();
        await reviewer.ScreenshotAsync("backoffice-queue-zh");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = $"领取办件 {number}" }).ClickAsync();
        await reviewer.WaitForURLAsync(url => url.EndsWith($"/backoffice/case/{number}", StringComparison.Ordinal));
        await Assertions.Expect(reviewer.GetByTestId("case-status")).ToHaveTextAsync("审批中");
        await Assertions.Expect(reviewer.GetByTestId("applicant-card")).ToContainTextAsync(CaseScenario.ApplicantId);
        // Seeing the full applicant data is audited: the page sends the row once it has rendered the case.
        Assert.True(await ViewRecordedAsync(number), "opening the case page wrote no ViewPersonalData audit row");

        await reviewer.ScreenshotAsync("backoffice-review-zh");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "通知补正", Exact = true }).ClickAsync();
        await reviewer.GetByLabel("补正内容").FillAsync("户口簿复印件\n收入证明");
        await reviewer.GetByTestId("supplement-confirm").ClickAsync();
        await Assertions.Expect(reviewer.GetByTestId("case-status")).ToHaveTextAsync("待补正");

        var counter = await app.SignedInAsync("clerk", "/counter");
        var part = counter.Locator($"[data-number='{number}']");
        await Assertions.Expect(part.GetByTestId("part-status")).ToHaveTextAsync("待补正");
        await counter.ScreenshotAsync("counter-supplement-zh");
        await counter.GetByRole(AriaRole.Button, new() { Name = $"登记补正材料：办件 {number}" }).ClickAsync();
        await Assertions.Expect(part).ToHaveCountAsync(0);

        // The reviewer's page follows live: back in review, then approve.
        await Assertions.Expect(reviewer.GetByTestId("case-status")).ToHaveTextAsync("审批中");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "准予许可", Exact = true }).ClickAsync();
        await reviewer.GetByTestId("reason-confirm").ClickAsync();
        await Assertions.Expect(reviewer.GetByTestId("case-status")).ToHaveTextAsync("待出件");

        // The counter sees the result live and hands it out at the window.
        await Assertions.Expect(part.GetByTestId("part-status")).ToContainTextAsync("待出件");
        await counter.GetByRole(AriaRole.Button, new() { Name = $"办件 {number} 出件" }).ClickAsync();
        // The collector starts as the applicant; someone else came, so the clerk changes the name.
        await Assertions.Expect(counter.GetByLabel("领取人身份证号")).ToHaveValueAsync(CaseScenario.ApplicantId);
        await Assertions.Expect(counter.GetByLabel("领取人姓名")).Not.ToHaveValueAsync(string.Empty);
        await counter.GetByLabel("领取人姓名").FillAsync("张三");
        await counter.GetByTestId("deliver-confirm").ClickAsync();
        await Assertions.Expect(counter.GetByTestId("delivered")).ToContainTextAsync(number);

        var receipt = await counter.Context.NewPageAsync();
        await receipt.GotoAsync($"/print/delivery/{number}");
        await Assertions.Expect(receipt.GetByTestId("delivery-receipt")).ToContainTextAsync("张三");
        await receipt.ScreenshotAsync("delivery-receipt-zh");

        await reviewer.ReloadAsync();
        await reviewer.WaitForInteractiveAsync();
        await Assertions.Expect(reviewer.GetByTestId("timeline").Locator("li")).ToHaveCountAsync(6);
        await reviewer.ScreenshotAsync("backoffice-review-timeline-zh");
        await reviewer.SwitchLanguageAsync("en-US");
        await reviewer.WaitForInteractiveAsync();
        await Assertions.Expect(reviewer.GetByTestId("timeline")).ToContainTextAsync("Supplement requested");
        await reviewer.ScreenshotAsync("backoffice-review-timeline-en");
        await reviewer.GotoAsync("/backoffice");
        await reviewer.WaitForInteractiveAsync();
        await reviewer.ScreenshotAsync("backoffice-queue-en");
        await reviewer.Context.CloseAsync();
        await counter.Context.CloseAsync();
    }

    [Fact]
    public async Task A_second_reviewer_claiming_a_case_just_taken_gets_a_clear_message()
    {
        var clerk = await app.Factory.SignedInAsync("clerk");
        var first = await app.Factory.SignedInAsync("reviewer.mz");
        // A second civil-affairs reviewer exists only in this test's database.
        await app.Factory.AccountAsync("reviewer.mz2", Actors.ReviewerMz2);
        var number = (await CaseScenario.SubmitPromisedAsync(app.Factory, clerk)).Number;

        var second = await app.SignedInAsync("reviewer.mz2", "/backoffice");
        var claim = second.GetByRole(AriaRole.Button, new() { Name = $"领取办件 {number}" });
        await Assertions.Expect(claim).ToBeVisibleAsync();

        // The first reviewer's claim lands between the second one's page load and click.
        var factory = app.Factory.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            var taken = await db.Cases.SingleAsync(c => c.Number == number, TestContext.Current.CancellationToken);
            taken.Claim(first, DateTimeOffset.Now);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await claim.ClickAsync();
        await Assertions.Expect(second.GetByTestId("action-error")).ToContainTextAsync("该办件已被 陈民 领取");
        Assert.EndsWith("/backoffice", second.Url, StringComparison.Ordinal);
        await second.ScreenshotAsync("backoffice-claim-conflict-zh");
        await second.Context.CloseAsync();
    }

    [Fact]
    public async Task The_public_lookup_shows_status_and_timeline_without_personal_data()
    {
        var clerk = await app.Factory.SignedInAsync("clerk");
        var number = (await CaseScenario.SubmitPromisedAsync(app.Factory, clerk)).Number;
        var page = await app.Browser.NewPageAsync(app.Factory.BaseAddress);
        await page.GotoAsync("/track");
        await page.GetByLabel("办件编号").FillAsync(number);
        await page.GetByLabel("申请人证件号码后四位").FillAsync(CaseScenario.ApplicantId[^4..]);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("track-status")).ToHaveTextAsync("待认领");
        await Assertions.Expect(page.GetByTestId("track-timeline")).ToContainTextAsync("受理");
        var text = await page.GetByTestId("track-result").InnerTextAsync();
        Assert.DoesNotContain("张三", text, StringComparison.Ordinal);
        Assert.DoesNotContain(CaseScenario.ApplicantId[..6], text, StringComparison.Ordinal);
        Assert.DoesNotContain("王小燕", text, StringComparison.Ordinal);
        await page.ScreenshotAsync("track-result-zh");

        await page.GetByLabel("申请人证件号码后四位").FillAsync("0000");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("track-error")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
