using ClerkStation.Domain.Licences;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>免提交 in a real browser: the identified applicant's licences waive a material at intake, and the case is accepted.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LicenceBrowserTests(BrowserAppFixture app)
{
    // 陈建 holds a valid 居民身份证 in the demo licence library (seed-data/licences/library.json).
    private const string ChenJian = "330902195803200016";

    [Fact]
    public async Task An_e_licence_waives_a_material_at_intake_and_the_case_is_accepted()
    {
        var page = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk");
        await page.GetByLabel("身份证号码").FillAsync(ChenJian);
        await page.Field("姓名").FillAsync("陈建");
        await page.GetByLabel("查找事项").FillAsync("社保卡挂失");
        await page.GetByRole(AriaRole.Option, new() { Name = "社会保障卡挂失与解挂" }).First.ClickAsync();
        await page.GetByText("解除挂失", new() { Exact = true }).ClickAsync();

        var panel = page.GetByTestId("licence-panel");
        await Assertions.Expect(panel.Locator("[data-licence-material='id-card']")).ToContainTextAsync(ChenJian);
        await Assertions.Expect(panel.Locator("[data-licence-material='id-card']")).ToContainTextAsync("有效");
        await panel.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("licence-panel-zh");

        await page.GetByTestId("use-licence-id-card").ClickAsync();
        await Assertions.Expect(panel.GetByTestId("licence-used")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-material='id-card'] input[type=radio]").Nth(1)).ToBeCheckedAsync();
        await page.GetByTestId("accept").ClickAsync();

        var outcome = page.GetByTestId("intake-outcome");
        await Assertions.Expect(outcome).ToContainTextAsync("已受理，生成 1 个办件");
    }

    [Fact]
    public async Task In_english_the_licence_waives_a_material_and_the_reviewer_opens_it_as_a_certificate()
    {
        var page = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk", "en-US");
        await page.GetByLabel("Resident ID number").FillAsync(ChenJian);
        await page.Field("Name").FillAsync("陈建");
        await page.GetByLabel("Find an item").FillAsync("社保卡挂失");
        await page.GetByRole(AriaRole.Option, new() { Name = "Social security card: report loss or cancel the loss report" }).First.ClickAsync();
        await page.GetByText("Cancel the loss report", new() { Exact = true }).ClickAsync();
        var panel = page.GetByTestId("licence-panel");
        await Assertions.Expect(panel.Locator("[data-licence-material='id-card']")).ToContainTextAsync("Valid");
        await page.GetByTestId("use-licence-id-card").ClickAsync();
        await Assertions.Expect(panel.GetByTestId("licence-used")).ToBeVisibleAsync();
        await panel.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("licence-panel-en");
        await page.GetByTestId("accept").ClickAsync();
        await Assertions.Expect(page.GetByTestId("intake-outcome")).ToContainTextAsync("Accepted: 1 case created.");

        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var used = (await db.LicenceUses.AsNoTracking().Where(u => u.MaterialCode == "id-card").ToListAsync(TestContext.Current.CancellationToken))
            .OrderByDescending(u => u.At).First();
        var reviewer = await app.Browser.NewPageAsync(app.Factory.BaseAddress);
        await reviewer.LoginAsync("reviewer.rs");
        await reviewer.SwitchLanguageAsync("en-US");
        await reviewer.GotoAsync($"/licences/{used.CaseNumber}/{used.LicenceId}");
        await Assertions.Expect(reviewer.GetByTestId("certificate-number")).ToHaveTextAsync(ChenJian);
        await Assertions.Expect(reviewer.GetByTestId("certificate-state")).ToHaveTextAsync("Valid");
        await reviewer.ScreenshotAsync("licence-certificate-en");
    }

    [Fact]
    public async Task Supervisors_list_licences_expiring_soon_and_admins_upload_the_library_with_every_bad_row_listed()
    {
        var factory = app.Factory.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>();
        var today = app.Factory.Services.GetRequiredService<CenterClocks>().Default.Today;
        await using (var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            db.Licences.Add(Licence.Create("social-security-card", $"C3309{Guid.NewGuid():N}"[..14], ChenJian, "陈建", today.AddYears(-9), today.AddDays(12), LicenceStatus.Valid, LicenceSource.Imported, null, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var supervisor = await app.Browser.OpenSignedInAsync(app.Factory.BaseAddress, "supervisor", "/supervisor");
        await supervisor.GetByRole(AriaRole.Tab, new() { Name = "证照到期" }).ClickAsync();
        var list = supervisor.GetByTestId("expiring-licences");
        await Assertions.Expect(list.GetByTestId("expiring-table")).ToContainTextAsync("社会保障卡");
        await Assertions.Expect(list.GetByTestId("expiring-table")).ToContainTextAsync("3309**********0016");
        await Assertions.Expect(list.GetByTestId("expiring-export")).ToHaveAttributeAsync("href", "/supervisor/licences-expiring.csv?days=30");
        await supervisor.ScreenshotAsync("licences-expiring");

        var admin = await app.Browser.OpenSignedInAsync(app.Factory.BaseAddress, "admin", "/admin");
        await admin.GetByRole(AriaRole.Tab, new() { Name = "电子证照库" }).ClickAsync();
        var upload = admin.GetByTestId("licence-import");
        var number = $"ZS-HK-{Random.Shared.Next(1_000_000, 9_999_999)}";
        var json = $$"""
            { "licences": [
              { "type": "hukou-book", "number": "{{number}}", "holderId": "{{ChenJian}}", "holderName": "陈建", "issued": "2020-01-02" },
              { "type": "passport", "number": "E1", "holderId": "{{ChenJian}}", "holderName": "陈建", "issued": "2020-01-02" },
              { "type": "marriage", "number": "J1", "holderId": "330902195803200017", "holderName": "陈建", "issued": "2020-01-02" }
            ] }
            """;
        await upload.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "library.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(json),
        });
        await Assertions.Expect(upload.GetByTestId("licence-import-checked")).ToContainTextAsync("将新增 1 条");
        await Assertions.Expect(upload.GetByTestId("licence-import-problems").Locator("tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(upload.Locator("tr[data-row='2']")).ToContainTextAsync("passport");
        await Assertions.Expect(upload.Locator("tr[data-row='3']")).ToContainTextAsync("holderId");
        await admin.ScreenshotAsync("licence-import-checked");
        await upload.GetByTestId("licence-import-go").ClickAsync();
        await Assertions.Expect(upload.GetByTestId("licence-import-done")).ToContainTextAsync("新增 1 条");
        await admin.ScreenshotAsync("licence-import-done");
    }
}
