using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>axe-core (WCAG 2.1 A/AA rules) finds no serious or critical problem on the screens people use all day.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Database", BrowserCollection.EngineIndependent)]
public sealed class AccessibilityTests(BrowserAppFixture app)
{
    private static async Task AssertNoSeriousViolationsAsync(IPage page, string screen)
    {
        await page.SettleTransitionsAsync();
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{screen}: " + string.Join("; ", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString() + " " + n.Html + " " + string.Join(" ", n.Any?.Select(c => c.Message) ?? []) ))}")));
    }

    [Fact]
    public async Task The_login_page_is_accessible()
    {
        var page = await app.Browser.NewPageAsync(app.Factory.BaseAddress);
        await page.GotoAsync("/login");
        await AssertNoSeriousViolationsAsync(page, "login");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_intake_screen_with_an_item_open_is_accessible()
    {
        var page = await app.Browser.OpenSignedInAsync(app.Factory.BaseAddress, "clerk2", "/intake");
        await page.DiscardOfferedDraftAsync();

        await page.GetByLabel("查找事项").FillAsync("失业保险金");
        await page.GetByLabel("查找事项").PressAsync("Enter");
        await page.GetByTestId("selected-item").WaitForAsync();
        await AssertNoSeriousViolationsAsync(page, "intake");

        // A household row's native drop-downs (NativeSelect, ADR 0026), one of them left blank and showing its error.
        await page.Context.CloseAsync();
        page = await app.Browser.OpenSignedInAsync(app.Factory.BaseAddress, "clerk2", "/intake");
        await page.DiscardOfferedDraftAsync();
        const string allowance = "最低生活保障家庭认定及保障金给付";
        await page.GetByLabel("查找事项").FillAsync(allowance);
        await page.GetByRole(AriaRole.Option, new() { Name = allowance }).First.ClickAsync();
        await page.GetByTestId("selected-item").Filter(new() { HasText = allowance }).WaitForAsync();
        await page.Locator("[data-field='members']").GetByRole(AriaRole.Button, new() { Name = "添加一行" }).ClickAsync();
        var relation = page.Locator("[data-field='members[0].relation'] select");
        await relation.FocusAsync();
        await page.Locator("[data-field='members[0].status'] select").FocusAsync();
        await Assertions.Expect(relation).ToHaveAttributeAsync("aria-invalid", "true");
        await AssertNoSeriousViolationsAsync(page, "intake-household-rows");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_administration_screen_is_accessible()
    {
        var page = await app.Browser.OpenSignedInAsync(app.Factory.BaseAddress, "admin", "/admin");
        await page.GetByTestId("staff").WaitForAsync();
        await AssertNoSeriousViolationsAsync(page, "admin");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_calendar_administration_screen_with_the_editor_open_is_accessible()
    {
        var page = await app.Browser.OpenSignedInAsync(app.Factory.BaseAddress, "admin", "/admin/calendar?year=2027");
        await page.GetByTestId("edit-year").ClickAsync();
        await page.GetByTestId("calendar-editor").WaitForAsync();
        await AssertNoSeriousViolationsAsync(page, "/admin/calendar");
        await page.Context.CloseAsync();
    }

    public static TheoryData<string, string, string> Screens() => new()
    {
        { "supervisor", "/supervisor", "[data-interactive=true]" },
        { "supervisor", "/supervisor/statistics", "[data-interactive=true]" },
        { "reviewer.mz", "/backoffice", "[data-testid=queue]" },
        { "reviewer.mz", "case", "[data-testid=case-status]" },
        { "clerk2", "/intake", "[data-ready=true]" },
        { "clerk2", "/counter", "[data-interactive=true]" },
        { "clerk2", "/counter/appointments", "[data-ready=true]" },
        { "trainer", "/training", "[data-interactive=true]" },
        { "admin", "/admin", "[data-testid=staff]" },
        { "city", "/city", "[data-testid=city-table]" },
        { "agent", "/agent", "[data-ready=true]" },
        { "city", "/city/gaoting", "[data-testid=center-kpis]" },
        { "cityadmin", "/city/centers", "[data-testid=centers] td" },
    };

    /// <summary>
    /// Every signed-in page, at desktop and then phone width (signed in once, the page opened afresh at each width): a
    /// main landmark, and no axe violation of any impact.
    /// </summary>
    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Every_signed_in_page_is_accessible_at_desktop_and_phone_width(string user, string path, string ready)
    {
        var page = await app.Browser.NewPageAsync(app.Factory.BaseAddress);
        await page.LoginAsync(user);
        if (path == "case")
        {
            path = "/backoffice/case/" + (await ClerkStation.Tests.Features.BackOffice.CaseScenario.SubmitPromisedAsync(app.Factory)).Number;
        }

        foreach (var width in new[] { 1440, 375 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.GotoAsync(path);
            await page.Locator(ready).First.WaitForAsync();
            // The prerendered page shows first; when the circuit starts, the head is rendered again and the title comes
            // back with the page's first interactive render. Axe reads the page after that, not in between.
            await page.WaitForInteractiveAsync();
            await page.WaitForFunctionAsync("() => document.title.trim().length > 0");
            await Assertions.Expect(page.Locator("main")).ToHaveCountAsync(1);
            await page.SettleTransitionsAsync();
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice", "experimental"] },
            });
            Assert.True(result.Violations.Length == 0, $"{path} at {width}px: " + string.Join("; ", result.Violations.Select(v =>
                $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString() + " " + n.Html + " " + string.Join(" ", n.Any?.Select(c => c.Message) ?? []) ))}")));
        }

        await page.Context.CloseAsync();
    }
}
