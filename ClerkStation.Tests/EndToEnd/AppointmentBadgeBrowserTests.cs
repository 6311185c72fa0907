using ClerkStation.Domain.Queue;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Devices;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>A ticket checked in for an appointment shows 预约 on the window bar and the hall board, in both languages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AppointmentBadgeBrowserTests(BrowserAppFixture app)
{
    [Fact]
    public async Task An_appointment_ticket_being_served_is_marked_on_the_window_bar_and_the_hall()
    {
        var ct = TestContext.Current.CancellationToken;
        var hallDevice = await app.Factory.SendAsync(Actors.Admin, new RegisterDevice("预约叫号屏", DeviceKind.HallDisplay));
        var services = app.Factory.Services;
        var settings = services.GetRequiredService<QueueSettings>();
        var now = services.GetRequiredService<CenterClocks>().Default.Now;
        var today = DateOnly.FromDateTime(now.DateTime);
        Guid ticketId;
        // The app runs on the real clock and other tests' tickets may wait: this one is called straight at window 2, in
        // 办不成事反映 (E), which no other test uses, for a slot that started five minutes ago.
        await using (var db = await services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(ct))
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "clerk2", ct);
            var clerk = Actor.Create(user.Id, user.DisplayName, [StaffRole.Clerk]);
            var ticket = QueueTicket.Issue(settings.Category("E"), 901, PriorityReason.None,
                new AppointmentSlot(now.AddMinutes(-5), now.AddMinutes(25)), Guid.NewGuid().ToString("N"), now, today);
            db.Visits.Add(ticket.Call(clerk, settings.Window(2), now, today));
            db.QueueTickets.Add(ticket);
            await db.SaveChangesAsync(ct);
            ticketId = ticket.Id;
        }

        var counter = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk2");
        await Assertions.Expect(counter.GetByTestId("window-ticket")).ToHaveTextAsync("E901");
        await Assertions.Expect(counter.GetByTestId("window-appointment")).ToHaveTextAsync("预约");
        await counter.GetByTestId("window-bar").ScreenshotAsync(new() { Path = Screenshots.PathFor("queue-window-bar-appointment-zh") });
        var hall = await app.Browser.NewPageAsync(app.Factory.BaseAddress);
        await hall.GotoAsync("/hall?device=" + hallDevice.Link);
        await hall.Locator("[data-ready=true]").WaitForAsync();
        await Assertions.Expect(hall.GetByTestId("hall-current")).ToContainTextAsync("E901");
        await Assertions.Expect(hall.GetByTestId("hall-current-appointment")).ToHaveTextAsync("预约");
        await hall.ScreenshotAsync("queue-hall-appointment-zh");

        await counter.SwitchLanguageAsync("en-US");
        await counter.WaitForInteractiveAsync();
        await Assertions.Expect(counter.GetByTestId("window-appointment")).ToHaveTextAsync("Appointment");
        await counter.GetByTestId("window-bar").ScreenshotAsync(new() { Path = Screenshots.PathFor("queue-window-bar-appointment-en") });
        await hall.SwitchLanguageAsync("en-US");
        await Assertions.Expect(hall.GetByTestId("hall-current-appointment")).ToHaveTextAsync("Appointment");
        await hall.ScreenshotAsync("queue-hall-appointment-en");

        // The visit ends, so the shared demo clerk is free for the other browser tests.
        await using var done = await services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(ct);
        await done.QueueTickets.Where(t => t.Id == ticketId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TicketStatus.Finished), ct);
    }
}
