using System.Text.RegularExpressions;
using ClerkStation.Features.BackOffice;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Tests.Features.CaseFile;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>帮办代办 on a phone: the agent submits a resident's request with a photo, the clerk accepts it, the agent sees the case.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AgentBrowserTests(BrowserAppFixture app)
{
    [GeneratedRegex("WS[0-9]+")]
    private static partial Regex PreApplicationNumber();

    [Fact]
    public async Task An_agent_on_a_phone_submits_a_request_with_a_photo_that_the_clerk_accepts_and_the_agent_sees_the_case_number()
    {
        var phone = await app.Browser.NewPageAsync(app.Factory.BaseAddress);
        await phone.SetViewportSizeAsync(375, 812);
        await phone.LoginAsync("agent");
        await phone.WaitForURLAsync(url => url.EndsWith("/agent", StringComparison.Ordinal));
        await phone.Locator("[data-ready=true]").WaitForAsync();
        await phone.WaitForInteractiveAsync();
        await Assertions.Expect(phone.GetByTestId("agent-profile")).ToContainTextAsync("洋山新村");

        await phone.GetByRole(AriaRole.Tab, new() { Name = "新申请" }).ClickAsync();
        await phone.Locator("#agent-name").FillAsync("梁大姐");
        await phone.Locator("#agent-id").FillAsync(TestIds.WangFang);
        await phone.Locator("#agent-phone").FillAsync("13812345678");
        await phone.Locator("#item-search").FillAsync("两项补贴停发");
        await phone.Locator("[data-code='MZ-012']").First.ClickAsync();
        await phone.GetByRole(AriaRole.Radio, new() { Name = "变更发放账户" }).CheckAsync();
        await phone.GetByLabel("残疾人姓名").FillAsync("梁大姐");
        await phone.GetByLabel("残疾人公民身份号码").FillAsync(TestIds.WangFang);
        await phone.GetByTestId("pages-agent-authorization").SetBlazorInputFilesAsync(
            new FilePayload { Name = "letter.jpg", MimeType = "image/jpeg", Buffer = TestPages.Jpeg() });
        await Assertions.Expect(phone.Locator("[data-pages='agent-authorization'] figure")).ToHaveCountAsync(1);
        await phone.ScreenshotAsync("agent-new-zh");

        await phone.GetByTestId("agent-submit").DblClickAsync();
        var receipt = phone.GetByTestId("agent-receipt");
        await Assertions.Expect(receipt).ToContainTextAsync("WS");
        var number = PreApplicationNumber().Match(await receipt.InnerTextAsync()).Value;
        await Assertions.Expect(phone.Locator("[data-request]")).ToHaveCountAsync(1); // a double tap submits once

        var counter = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk");
        await counter.GotoAsync("/counter/online");
        await counter.WaitForInteractiveAsync();
        await counter.Locator("#online-search").FillAsync(number);
        // The clerk clicks the row the search left: a click on a row the filter is about to remove is lost.
        await Assertions.Expect(counter.Locator("[data-testid=online-row]")).ToHaveCountAsync(1);
        await counter.Locator($"[data-testid=online-row][data-number='{number}'] a").ClickAsync();
        await Assertions.Expect(counter.GetByTestId("pre-application")).ToContainTextAsync(number);
        await Assertions.Expect(counter.GetByTestId("pre-taking")).ToContainTextAsync("村里当面受理");
        await Assertions.Expect(counter.GetByLabel("残疾人姓名")).ToHaveValueAsync("梁大姐");
        await Assertions.Expect(counter.Locator("[data-testid=pre-authorization] figure")).ToHaveCountAsync(1);
        await counter.Locator("[data-material='holder-id']").GetByRole(AriaRole.Radio, new() { Name = "原件" }).CheckAsync();
        await counter.ScreenshotAsync("agent-counter-zh");
        await counter.GetByTestId("accept").ClickAsync();
        await Assertions.Expect(counter.GetByTestId("intake-outcome")).ToContainTextAsync("已受理");

        await phone.ReloadAsync();
        await phone.WaitForInteractiveAsync();
        var caseRow = phone.Locator($"[data-request='{number}'] [data-case]");
        await Assertions.Expect(caseRow).ToHaveCountAsync(1);
        var caseNumber = await caseRow.GetAttributeAsync("data-case");
        Assert.False(string.IsNullOrEmpty(caseNumber));
        await phone.ScreenshotAsync("agent-list-zh");

        // The back office asks for a supplement: the agent's notice arrives with its count.
        var reviewer = Actors.ReviewerMz;
        Guid caseId;
        await using (var db = await app.Factory.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            caseId = await db.Cases.Where(c => c.Number == caseNumber).Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken);
        }

        await app.Factory.SendAsync(reviewer, new ClaimCase(caseId));
        await app.Factory.SendAsync(reviewer, new RequestSupplement(caseId, ["户口簿复印件"]));
        await phone.ReloadAsync();
        await phone.WaitForInteractiveAsync();
        var notices = phone.GetByRole(AriaRole.Tab, new() { Name = "消息（1 条未读）" });
        await notices.ClickAsync();
        await Assertions.Expect(phone.Locator("[data-notice=Supplement]")).ToContainTextAsync(caseNumber!);
        await phone.ScreenshotAsync("agent-notices-zh");

        await phone.SwitchLanguageAsync("en-US");
        await phone.WaitForInteractiveAsync();
        await Assertions.Expect(phone.Locator($"[data-request='{number}']")).ToContainTextAsync("Accepted");
        await phone.ScreenshotAsync("agent-list-en");
        await phone.GetByRole(AriaRole.Tab, new() { Name = "New request" }).ClickAsync();
        await phone.ScreenshotAsync("agent-new-en");
        await phone.GetByRole(AriaRole.Tab, new() { Name = "Notices" }).ClickAsync();
        await phone.ScreenshotAsync("agent-notices-en");
    }
}
