using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>
/// An administrator enters the 2027 notice on /admin/calendar while a reviewer watches the queue: the provisional mark
/// goes and the due date follows, without a reload. Runs on an app of its own (saving 2027 would change what the other
/// browser tests see), with the shared Chromium.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CalendarBrowserTests(BrowserAppFixture shared, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    private Task<IPage> SignedInAsync(string user, string path) => shared.Browser.OpenSignedInAsync(app.BaseAddress, user, path);

    private async Task<Case> SeedCaseAsync()
    {
        var clock = app.Services.GetRequiredService<CenterClocks>().Default;
        var calendar = app.Services.GetRequiredService<CalendarService>().Current;
        var input = new AcceptCase($"CAL-{Guid.NewGuid().ToString("N")[..8]}", "MZ-012", new LocalizedText("测试事项", "Test item"), ItemKind.Promised, "mz",
            50, 60, new Applicant(ApplicantKind.Person, "张三", TestIds.WangFang, "13812345678"), "{}", []);
        var @case = Case.Accept(input, Actors.Clerk, clock.Now, CenterDay.Of(clock.Now), calendar);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync();
        db.Cases.Add(@case);
        await db.SaveChangesAsync();
        return @case;
    }

    private static ILocator Input(ILocator row, int index) => row.Locator("input").Nth(index);

    [Fact]
    public async Task An_administrator_enters_2027_and_the_reviewers_queue_follows_live()
    {
        var seeded = await SeedCaseAsync();
        var reviewer = await SignedInAsync("reviewer.mz", "/backoffice");
        var row = reviewer.Locator("tr", new() { HasText = seeded.Number });
        await Assertions.Expect(row.GetByTestId("provisional-mark")).ToBeVisibleAsync();
        await Assertions.Expect(reviewer.GetByTestId("calendar-provisional")).ToContainTextAsync("2027");

        var admin = await SignedInAsync("admin", "/admin/calendar?year=2027");
        await Assertions.Expect(admin.GetByTestId("provenance")).ToHaveAttributeAsync("data-provenance", "provisional");
        await admin.ScreenshotAsync("calendar-2027-provisional-zh");
        await admin.GetByTestId("edit-year").ClickAsync();
        await admin.GetByLabel("通知标题").FillAsync("国务院办公厅关于2027年部分节假日安排的通知");
        await admin.GetByLabel("通知日期").FillAsync("2026-11-12");
        var holidays = admin.GetByTestId("holiday-row");
        await Assertions.Expect(Input(holidays.Nth(1), 0)).ToHaveValueAsync("春节");
        await Input(holidays.Nth(0), 3).FillAsync("2027-01-03");
        await Input(holidays.Nth(1), 3).FillAsync("2027-02-13");
        var workdays = new[] { "2027-01-30", "2027-02-20" };
        for (var i = 0; i < workdays.Length; i++)
        {
            await admin.GetByTestId("add-workday").ClickAsync();
            // The new row must be on screen before it is typed into (else the previous row is overwritten).
            await Assertions.Expect(admin.GetByTestId("workday-row")).ToHaveCountAsync(i + 1);
            await Input(admin.GetByTestId("workday-row").Nth(i), 0).FillAsync(workdays[i]);
        }

        await admin.GetByTestId("preview-year").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("calendar-preview")).ToBeVisibleAsync();
        await admin.ScreenshotAsync("calendar-2027-editor-zh");
        await admin.GetByTestId("save-year").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("provenance")).ToHaveAttributeAsync("data-provenance", "official");
        await Assertions.Expect(admin.Locator("[data-date='2027-01-30']")).ToHaveAttributeAsync("data-kind", "Makeup");
        await Assertions.Expect(admin.Locator("[data-date='2027-02-10']")).ToHaveAttributeAsync("data-kind", "Off");
        await admin.ScreenshotAsync("calendar-2027-official-zh");

        // The reviewer's open queue follows: the new due date, no longer provisional.
        DateOnly? due;
        var token = TestContext.Current.CancellationToken;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(token))
        {
            due = (await db.Cases.AsNoTracking().SingleAsync(c => c.Number == seeded.Number, token)).DueDate;
        }
        await Assertions.Expect(row.GetByTestId("queue-due")).ToHaveTextAsync(due!.Value.ToString("yyyy-MM-dd"));
        await Assertions.Expect(row.GetByTestId("provisional-mark")).ToHaveCountAsync(0);

        await admin.SwitchLanguageAsync("en-US");
        await admin.WaitForInteractiveAsync();
        await Assertions.Expect(admin.GetByTestId("working-days")).ToContainTextAsync("working days");
        await admin.ScreenshotAsync("calendar-2027-official-en");
        await admin.Context.CloseAsync();
        await reviewer.Context.CloseAsync();
    }
}
