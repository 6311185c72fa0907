using ClerkStation.Domain.Queue;
using ClerkStation.Features.Appointments;
using ClerkStation.Features.Devices;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>预约 in a real browser: the clerk books on /counter/appointments and the applicant checks in at the kiosk with the code.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AppointmentBrowserTests(BrowserAppFixture app)
{

    [Fact]
    public async Task A_booking_at_the_counter_is_checked_in_at_the_kiosk_with_its_code()
    {
        // The app runs on the real clock: book today when a slot is still open, else on the next working day.
        var clock = app.Factory.Services.GetRequiredService<CenterClocks>().Default;
        var calendar = app.Factory.Services.GetRequiredService<CalendarService>().Current;
        var today = clock.Today;
        var todayOpen = (await app.Factory.SendAsync(Actors.Clerk, new GetAppointmentSlots("A", today, today))).Any(s => s.Bookable);
        var day = todayOpen ? today : Enumerable.Range(1, 7).Select(today.AddDays).First(calendar.IsWorkingDay);

        var page = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk");
        await page.GotoAsync("/counter/appointments?day=" + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("[data-ready=true]").WaitForAsync();
        await page.Locator("[data-testid=appt-slot]:not([disabled])").First.ClickAsync();
        await page.GetByLabel("姓名").FillAsync("周预约");
        await page.GetByLabel("身份证号").FillAsync(Domain.Training.ScenarioParserTests.ValidId("330902", "19800101", "777"));
        await page.GetByTestId("appt-book").ClickAsync();
        var code = page.GetByTestId("appt-code");
        await Assertions.Expect(code).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[2-9A-Z]{6}$"));
        var booked = await code.InnerTextAsync();
        await Assertions.Expect(page.Locator($"[data-testid=appt-row][data-code='{booked}']")).ToHaveCountAsync(todayOpen ? 1 : 0);
        await page.ScreenshotAsync("appointments-counter-zh");

        var device = await app.Factory.SendAsync(Actors.Admin, new RegisterDevice("预约签到机", DeviceKind.Kiosk));
        var kiosk = await app.Browser.NewPageAsync(app.Factory.BaseAddress);
        await kiosk.GotoAsync("/kiosk?device=" + device.Link);
        await kiosk.Locator("[data-ready=true]").WaitForAsync();
        await kiosk.GetByLabel("请输入预约码或身份证号").FillAsync(booked.ToLowerInvariant());
        await kiosk.GetByTestId("kiosk-checkin").ClickAsync();
        if (todayOpen)
        {
            await Assertions.Expect(kiosk.GetByTestId("checkin-note")).ToContainTextAsync("预约签到成功");
            await Assertions.Expect(kiosk.GetByTestId("ticket-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^A\\d{3}$"));
        }
        else
        {
            await Assertions.Expect(kiosk.GetByTestId("kiosk-error")).ToContainTextAsync("请当天再来签到");
        }

        await kiosk.ScreenshotAsync("appointments-kiosk-checkin-zh");

        var english = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk2", "en-US");
        await english.GotoAsync("/counter/appointments");
        await english.Locator("[data-ready=true]").WaitForAsync();
        await Assertions.Expect(english.Locator("h1, [aria-level='1']").First).ToHaveTextAsync("Appointments");
        await english.ScreenshotAsync("appointments-counter-en");
        var englishKiosk = await app.Browser.NewPageAsync(app.Factory.BaseAddress, "en-US");
        await englishKiosk.GotoAsync("/kiosk?device=" + device.Link);
        await englishKiosk.SwitchLanguageAsync("en-US");
        await englishKiosk.Locator("[data-ready=true]").WaitForAsync();
        await englishKiosk.GetByLabel("Enter your booking code or ID number").FillAsync("ZZZZZZ");
        await englishKiosk.GetByTestId("kiosk-checkin").ClickAsync();
        await Assertions.Expect(englishKiosk.GetByTestId("kiosk-error")).ToContainTextAsync("No booking found");
        await englishKiosk.ScreenshotAsync("appointments-kiosk-checkin-en");
    }
}
