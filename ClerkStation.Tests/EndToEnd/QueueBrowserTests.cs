using ClerkStation.Domain.Queue;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Devices;
using ClerkStation.Tests.Supervision;
using ClerkStation.Tests.Support;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>The visit in real browsers, three pages open at once: the kiosk, the hall display and the counter's window bar.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QueueBrowserTests(BrowserAppFixture app)
{
    private static readonly Actor Admin = Actor.Create("queue-admin", "管理员", [StaffRole.Admin]);

    [Fact]
    public async Task Kiosk_ticket_waits_on_the_hall_is_called_at_the_window_and_finished_and_a_revoked_kiosk_is_refused()
    {
        var kioskDevice = await app.Factory.AsAsync(Admin, new RegisterDevice("取号机", DeviceKind.Kiosk));
        var hallDevice = await app.Factory.AsAsync(Admin, new RegisterDevice("叫号屏", DeviceKind.HallDisplay));

        var hall = await app.Browser.NewPageAsync(app.Factory.BaseAddress);
        await hall.GotoAsync("/hall?device=" + hallDevice.Link);
        await hall.Locator("[data-ready=true]").WaitForAsync();

        var kiosk = await app.Browser.NewPageAsync(app.Factory.BaseAddress);
        await kiosk.GotoAsync("/kiosk?device=" + kioskDevice.Link);
        await kiosk.Locator("[data-ready=true]").WaitForAsync();
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "70岁以上老人" }).ClickAsync();
        await Assertions.Expect(kiosk.GetByRole(AriaRole.Button, new() { Name = "70岁以上老人" })).ToHaveAttributeAsync("aria-pressed", "true");
        await kiosk.Locator("[data-category=A]").ClickAsync();
        var number = kiosk.GetByTestId("ticket-number");
        await Assertions.Expect(number).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^A\\d{3}$"));
        var ticket = await number.InnerTextAsync();
        await Assertions.Expect(kiosk.GetByTestId("ticket-ahead")).ToHaveTextAsync("前面还有 0 人");
        await kiosk.ScreenshotAsync("queue-kiosk-ticket-zh");

        await Assertions.Expect(hall.GetByTestId("waiting-A")).ToContainTextAsync("1 人");

        var counter = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk");
        var callNext = counter.GetByTestId("window-call-next");
        await Assertions.Expect(callNext).ToBeEnabledAsync();
        await counter.Keyboard.PressAsync("F2");
        await Assertions.Expect(counter.GetByTestId("window-ticket")).ToHaveTextAsync(ticket);
        await counter.GetByTestId("window-bar").ScreenshotAsync(new() { Path = Screenshots.PathFor("queue-window-bar-zh") });
        await Assertions.Expect(counter.GetByTestId("window-transfer")).ToBeVisibleAsync();

        await Assertions.Expect(hall.GetByTestId("hall-current")).ToContainTextAsync(ticket);
        await Assertions.Expect(hall.GetByTestId("hall-current")).ToContainTextAsync("请到 1 号窗口");
        await Assertions.Expect(hall.GetByTestId("waiting-A")).ToContainTextAsync("0 人");
        await hall.ScreenshotAsync("queue-hall-zh");

        await counter.GetByTestId("window-finish").ClickAsync();
        await Assertions.Expect(counter.GetByTestId("window-call-next")).ToBeVisibleAsync();

        // The same screens in English.
        await counter.SwitchLanguageAsync("en-US");
        await counter.WaitForInteractiveAsync();
        await Assertions.Expect(counter.GetByTestId("window-call-next")).ToHaveTextAsync("Call next (F2)");
        await counter.GetByTestId("window-bar").ScreenshotAsync(new() { Path = Screenshots.PathFor("queue-window-bar-en") });
        await hall.SwitchLanguageAsync("en-US");
        await Assertions.Expect(hall.GetByTestId("hall-current")).ToContainTextAsync("to window 1");
        await hall.ScreenshotAsync("queue-hall-en");
        await kiosk.SwitchLanguageAsync("en-US");
        await Assertions.Expect(kiosk.GetByRole(AriaRole.Heading, new() { Name = "Choose your service" })).ToBeVisibleAsync();
        await kiosk.ScreenshotAsync("queue-kiosk-en");

        // The admin revokes the kiosk: its link opens a refusal, not the machine.
        await app.Factory.AsAsync(Admin, new RevokeDevice(kioskDevice.Id));
        await kiosk.ReloadAsync();
        await Assertions.Expect(kiosk.GetByTestId("device-refused")).ToContainTextAsync("revoked");
        await Assertions.Expect(kiosk.Locator("[data-category]")).ToHaveCountAsync(0);
    }
}
