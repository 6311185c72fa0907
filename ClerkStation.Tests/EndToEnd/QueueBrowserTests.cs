using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Queue;
using ClerkStation.Domain.Ratings;
using ClerkStation.Features.Devices;
using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>The visit in real browsers, four pages open at once: the kiosk, the hall display, the counter's window bar and its customer screen.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QueueBrowserTests(BrowserAppFixture app)
{
    private static readonly Applicant Person = IntakeSamples.TestPerson;

    [Fact]
    public async Task Kiosk_ticket_waits_on_the_hall_is_called_at_the_window_and_finished_and_a_revoked_kiosk_is_refused()
    {
        var kioskDevice = await app.Factory.SendAsync(Actors.Admin, new RegisterDevice("取号机", DeviceKind.Kiosk));
        var hallDevice = await app.Factory.SendAsync(Actors.Admin, new RegisterDevice("叫号屏", DeviceKind.HallDisplay));

        var hall = await app.Browser.NewPageAsync(app.Factory.BaseAddress);
        await hall.GotoAsync("/hall?device=" + hallDevice.Link);
        await hall.Locator("[data-ready=true]").WaitForAsync();
        // The browser tests share one app: another test's ticket (an appointment checked in at the kiosk) may wait already.
        var waitingA = hall.GetByTestId("waiting-A");
        var before = int.Parse(System.Text.RegularExpressions.Regex.Match(await waitingA.InnerTextAsync(), @"(\d+) 人").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

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

        await Assertions.Expect(waitingA).ToContainTextAsync($"{before + 1} 人");

        var counter = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk");
        // The counter's second screen: the same clerk's second tab, on the monitor facing the applicant.
        var customer = await counter.Context.NewPageAsync();
        await customer.GotoAsync("/window/1/customer");
        await customer.Locator("[data-ready=true]").WaitForAsync();
        await Assertions.Expect(customer.GetByTestId("customer-clerk")).ToContainTextAsync("工号 clerk");
        var callNext = counter.GetByTestId("window-call-next");
        await Assertions.Expect(callNext).ToBeEnabledAsync();
        await counter.Keyboard.PressAsync("F2");
        await Assertions.Expect(counter.GetByTestId("window-ticket")).ToHaveTextAsync(ticket);
        await counter.GetByTestId("window-bar").ScreenshotAsync(new() { Path = Screenshots.PathFor("queue-window-bar-zh") });
        await Assertions.Expect(counter.GetByTestId("window-transfer")).ToBeVisibleAsync();

        await Assertions.Expect(hall.GetByTestId("hall-current")).ToContainTextAsync(ticket);
        await Assertions.Expect(hall.GetByTestId("hall-current")).ToContainTextAsync("请到 1 号窗口");
        await Assertions.Expect(waitingA).ToContainTextAsync($"{before} 人");
        await hall.ScreenshotAsync("queue-hall-zh");

        await Assertions.Expect(customer.Locator("h1")).ToHaveTextAsync(ticket + " 号");
        // The clerk refuses an item in this visit (a counter decision through its request, as the intake sends it).
        // The demo account as the request pipeline sees it, so its decisions record the visit it serves.
        var clerk = await app.Factory.SignedInAsync("clerk");
        var refusal = await app.Factory.SendAsync(clerk, new RefuseApplication(Guid.NewGuid(), "RS-012", Person, "不属于本窗口受理范围"));
        await Assertions.Expect(customer.GetByTestId("customer-items")).ToContainTextAsync(refusal.DecisionNumber!);
        await customer.ScreenshotAsync("queue-customer-serving-zh");

        await counter.GetByTestId("window-finish").ClickAsync();
        await Assertions.Expect(counter.GetByTestId("window-call-next")).ToBeVisibleAsync();

        // At the end of the visit the customer screen takes its one rating; a bad one opens a rectification task.
        await Assertions.Expect(customer.GetByTestId("customer-rate")).ToBeVisibleAsync();
        await Assertions.Expect(customer.GetByTestId("customer-items")).ToContainTextAsync(refusal.DecisionNumber!);
        await customer.ScreenshotAsync("queue-customer-rating-zh");
        await customer.SwitchLanguageAsync("en-US");
        await customer.Locator("[data-ready=true]").WaitForAsync();
        await Assertions.Expect(customer.GetByTestId("customer-items")).ToContainTextAsync("refused");
        await customer.ScreenshotAsync("queue-customer-rating-en");
        await customer.GetByTestId("rate-Dissatisfied").ClickAsync();
        await Assertions.Expect(customer.GetByTestId("customer-thanks")).ToContainTextAsync("call you back within 1 working day");
        await using (var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            var rating = await db.ServiceRatings.SingleAsync(r => r.CaseNumber.EndsWith("-" + ticket) && r.VisitId != null, TestContext.Current.CancellationToken);
            Assert.Equal(RatingLevel.Dissatisfied, rating.Level);
            Assert.True(await db.RectificationTasks.AnyAsync(t => t.RatingId == rating.Id, TestContext.Current.CancellationToken));
        }

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
        await app.Factory.SendAsync(Actors.Admin, new RevokeDevice(kioskDevice.Id));
        await kiosk.ReloadAsync();
        await Assertions.Expect(kiosk.GetByTestId("device-refused")).ToContainTextAsync("revoked");
        await Assertions.Expect(kiosk.Locator("[data-category]")).ToHaveCountAsync(0);
    }
}
