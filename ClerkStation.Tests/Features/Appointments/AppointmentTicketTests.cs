using ClerkStation.Domain.Appointments;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Features.Api;
using ClerkStation.Features.Appointments;
using ClerkStation.Features.Devices;
using ClerkStation.Features.Queue;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Tests.Features.Queue;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Appointments;

/// <summary>
/// A ticket checked in for an appointment is marked 预约 on the window bar and the hall board; the database keeps one
/// booking per ID number per slot; demo seeding brings the demo API client's scopes up to date (SQLite, or PostgreSQL when set).
/// </summary>
public sealed class AppointmentTicketTests : FreshAppTest<QueueAppFactory>
{
    private static readonly DateTimeOffset Eight = new(2026, 3, 11, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Nine = Eight.AddHours(1);

    protected override void BeforeStart()
    {
        App.Clock.Now = Eight;
    }

    private static string Id(int n) => Domain.Training.ScenarioParserTests.ValidId("330902", "19800101", n.ToString("D3", System.Globalization.CultureInfo.InvariantCulture));

    private Task<AppointmentBooked> BookAsync(string id, string category = "A") =>
        App.SendAsync(Actors.Clerk, new BookAppointment(category, Nine, "预约人" + id[^3..], id, "13905801234", AppointmentChannel.Phone));

    [Fact]
    public async Task An_appointment_ticket_is_marked_on_the_window_bar_and_the_hall_board_and_a_walk_in_is_not()
    {
        var kiosk = await App.SendAsync(Actors.Admin, new RegisterDevice("取号机", DeviceKind.Kiosk));
        var hall = await App.SendAsync(Actors.Admin, new RegisterDevice("大厅屏", DeviceKind.HallDisplay));
        var booked = (await BookAsync(Id(1))).Receipt;
        App.Clock.Now = Nine.AddMinutes(-10);
        var walkIn = await App.SendAsync(null, new IssueKioskTicket(kiosk.Link, "A", PriorityReason.None));
        var checkedIn = await App.SendAsync(null, new CheckInAppointment(kiosk.Link, booked.Code, PriorityReason.None));

        var before = await App.SendAsync(Actors.Clerk, new GetMyWindow(1));
        Assert.Equal((2, 1), (before.Waiting, before.AppointmentsWaiting));

        App.Clock.Now = Nine.AddMinutes(1);
        Assert.Equal(checkedIn.Ticket.Number, (await App.SendAsync(Actors.Clerk, new CallNext(1)))!.Number);
        var serving = await App.SendAsync(Actors.Clerk, new GetMyWindow(1));
        Assert.True(serving.Current!.Appointment);
        Assert.Equal(0, serving.AppointmentsWaiting);
        var board = await App.SendAsync(null, new GetHallBoard(hall.Link));
        Assert.Equal((checkedIn.Ticket.Number, true), (board.Current!.Number, board.Current.Appointment));
        var page = await App.CreateClient().GetStringAsync("/hall?device=" + hall.Link, Ct);
        Assert.Matches("data-testid=\"hall-current-appointment\"[^>]*>预约</span>", page);

        await App.SendAsync(Actors.Clerk, new FinishVisit(serving.Current.Id));
        App.Clock.Now = Nine.AddMinutes(5); // the board shows the latest call first
        Assert.Equal(walkIn.Number, (await App.SendAsync(Actors.Clerk, new CallNext(1)))!.Number);
        Assert.False((await App.SendAsync(Actors.Clerk, new GetMyWindow(1))).Current!.Appointment);
        board = await App.SendAsync(null, new GetHallBoard(hall.Link));
        Assert.Equal((walkIn.Number, false), (board.Current!.Number, board.Current.Appointment));
        Assert.Equal((checkedIn.Ticket.Number, true), (board.Recent[0].Number, board.Recent[0].Appointment));
    }

    [Fact]
    public async Task The_database_keeps_one_booking_per_person_per_slot_and_a_cancelled_one_does_not_count()
    {
        var first = (await BookAsync(Id(1))).Receipt;
        // Past the domain's check (as two bookings racing would be): the unique index refuses the second place.
        await using (var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct))
        {
            db.Appointments.Add(BookDirectly("B", Id(1)));
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        }

        var again = await Assert.ThrowsAsync<DomainRuleException>(() => BookAsync(Id(1), category: "B"));
        Assert.Equal(AppointmentRuleCodes.AlreadyBooked, again.Code);

        await App.SendAsync(Actors.Clerk, new CancelAppointment(first.Id));
        Assert.Equal("B", (await BookAsync(Id(1), category: "B")).Receipt.Category);
        await using var check = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
        Assert.Equal(1, await check.Appointments.CountAsync(a => a.IdNumber == Id(1) && a.Place != null, Ct));
    }

    [Fact]
    public async Task Bookings_of_one_person_racing_for_one_slot_leave_one_and_tell_the_others_it_is_already_booked()
    {
        var results = await Task.WhenAll(new[] { "A", "B", "A", "B" }.Select(category => Task.Run(async () =>
        {
            try
            {
                return (await BookAsync(Id(7), category)).Receipt.Code;
            }
            catch (DomainRuleException ex)
            {
                return ex.Code;
            }
        })));

        Assert.Single(results, r => r.Length == AppointmentBook.CodeLength);
        Assert.All(results.Where(r => r.Length != AppointmentBook.CodeLength), r => Assert.Equal(AppointmentRuleCodes.AlreadyBooked, r));
    }

    [Fact]
    public async Task Demo_seeding_gives_an_older_demo_client_the_new_scopes_and_leaves_other_clients_alone()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<ApiClientRegistry>();
        string[] old = [ApiScopes.CatalogRead, ApiScopes.ApplicationsWrite, ApiScopes.ApplicationsRead];
        if (await registry.FindAsync(ApiClientRegistry.DemoClientId, Ct) is null)
        {
            await registry.CreateAsync(ApiClientRegistry.DemoClientId, "演示客户端 Demo client", old, ApiClientRegistry.DemoSecret, Ct);
        }
        else
        {
            await registry.UpdateAsync(ApiClientRegistry.DemoClientId, null, old, null, null, Ct);
        }
        await registry.CreateAsync("county-old", "县系统", [ApiScopes.CatalogRead], ApiClientRegistry.NewSecret(), Ct);

        await registry.EnsureDemoClientAsync(Ct);
        await registry.EnsureDemoClientAsync(Ct);

        var demo = await registry.FindAsync(ApiClientRegistry.DemoClientId, Ct);
        Assert.Equal(ApiScopes.All.Order(StringComparer.Ordinal), demo!.Scopes.Order(StringComparer.Ordinal));
        Assert.True(demo.Enabled);
        Assert.Equal([ApiScopes.CatalogRead], (await registry.FindAsync("county-old", Ct))!.Scopes);
    }

    private Appointment BookDirectly(string category, string idNumber)
    {
        var services = App.Services;
        var slot = services.GetRequiredService<AppointmentBook>().SlotAt(Nine);
        return Appointment.Book(AppointmentBook.NewCode(), category, slot,
            new AppointmentApplicant("预约人", idNumber, null), AppointmentChannel.Phone, Actors.Clerk.UserId, Actors.Clerk.DisplayName, [],
            services.GetRequiredService<AppointmentSettings>(), services.GetRequiredService<CalendarService>().Current, App.Clock.Now, CenterDay.Of(App.Clock.Now));
    }
}
