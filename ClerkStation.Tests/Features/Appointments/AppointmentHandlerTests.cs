using ClerkStation.Domain.Appointments;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Features.Appointments;
using ClerkStation.Features.Devices;
using ClerkStation.Features.Queue;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using ClerkStation.Tests.Features.Queue;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Appointments;

/// <summary>Booking at the counter, the day's list, cancelling, and checking in at the kiosk on time or late (SQLite, or PostgreSQL when set).</summary>
public sealed class AppointmentHandlerTests : FreshAppTest<QueueAppFactory>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    // Wednesday 2026-03-11, a working day; the center opens at 08:30.
    private static readonly DateTimeOffset Eight = new(2026, 3, 11, 8, 0, 0, China);
    private static readonly DateTimeOffset Nine = new(2026, 3, 11, 9, 0, 0, China);
    private static readonly DateOnly Wednesday = new(2026, 3, 11);

    protected override void BeforeStart()
    {
        App.Clock.Now = Eight;
    }

    private static string Id(int n) => Domain.Training.ScenarioParserTests.ValidId("330902", "19800101", n.ToString("D3", System.Globalization.CultureInfo.InvariantCulture));

    private Task<AppointmentBooked> BookAsync(DateTimeOffset start, string id, string category = "A") =>
        App.SendAsync(Actors.Clerk, new BookAppointment(category, start, "预约人" + id[^3..], id, "13905801234", AppointmentChannel.Phone));

    [Fact]
    public async Task A_slot_shows_its_free_places_and_refuses_the_booking_after_the_last()
    {
        var slots = await App.SendAsync(Actors.Clerk, new GetAppointmentSlots("A", Wednesday, Wednesday));
        Assert.Equal(14, slots.Count);
        Assert.All(slots, s => Assert.Equal((3, 3, true), (s.Capacity, s.Free, s.Bookable)));

        for (var n = 1; n <= 3; n++)
        {
            Assert.Equal(AppointmentBook.CodeLength, (await BookAsync(Nine, Id(n))).Receipt.Code.Length);
        }

        var full = await Assert.ThrowsAsync<DomainRuleException>(() => BookAsync(Nine, Id(4)));
        Assert.Equal(AppointmentRuleCodes.SlotFull, full.Code);
        var nine = (await App.SendAsync(Actors.Clerk, new GetAppointmentSlots("A", Wednesday, Wednesday))).Single(s => s.Start == Nine);
        Assert.Equal((3, 0, false), (nine.Booked, nine.Free, nine.Bookable));
        var again = await Assert.ThrowsAsync<DomainRuleException>(() => BookAsync(Nine, Id(1), category: "B"));
        Assert.Equal(AppointmentRuleCodes.AlreadyBooked, again.Code);
    }

    [Fact]
    public async Task Bad_input_days_off_and_categories_without_bookings_are_clear_errors()
    {
        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() =>
            App.SendAsync(Actors.Clerk, new BookAppointment("E", Nine, " ", "330902198001011234", "123", AppointmentChannel.Counter)));
        Assert.Equal(["category", "idNumber", "name", "phone"], invalid.Problems.Select(p => p.Path).Order());
        var saturday = await Assert.ThrowsAsync<DomainRuleException>(() => BookAsync(new DateTimeOffset(2026, 3, 14, 9, 0, 0, China), Id(1)));
        Assert.Equal(AppointmentRuleCodes.NotWorkingDay, saturday.Code);
        Assert.Empty(await App.SendAsync(Actors.Clerk, new GetAppointmentSlots("A", new DateOnly(2026, 3, 14), new DateOnly(2026, 3, 15))));
        var staffViaApi = await Assert.ThrowsAsync<DomainRuleException>(() =>
            App.SendAsync(Actors.Clerk, new BookAppointment("A", Nine, "张三", Id(1), null, AppointmentChannel.Api)));
        Assert.Equal(AppointmentRuleCodes.ChannelNotAllowed, staffViaApi.Code);
    }

    [Fact]
    public async Task The_days_list_masks_personal_data_and_a_cancelled_place_is_free_again()
    {
        var booked = (await BookAsync(Nine, Id(1))).Receipt;
        await BookAsync(Nine.AddHours(1), Id(2));

        var rows = await App.SendAsync(Actors.Clerk, new ListAppointments(Wednesday));
        Assert.Equal([booked.Code, rows[1].Code], rows.Select(r => r.Code));
        Assert.DoesNotContain(rows, r => r.MaskedIdNumber == Id(1) || r.MaskedPhone == "13905801234");
        Assert.Equal(AppointmentChannel.Phone, rows[0].Channel);

        await App.SendAsync(Actors.Clerk, new CancelAppointment(booked.Id));
        Assert.Equal(AppointmentStatus.Cancelled, (await App.SendAsync(Actors.Clerk, new ListAppointments(Wednesday)))[0].Status);
        Assert.Equal(3, (await App.SendAsync(Actors.Clerk, new GetAppointmentSlots("A", Wednesday, Wednesday))).Single(s => s.Start == Nine).Free);
        var twice = await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(Actors.Clerk, new CancelAppointment(booked.Id)));
        Assert.Equal(AppointmentRuleCodes.NotBooked, twice.Code);
    }

    [Fact]
    public async Task Checking_in_on_time_puts_the_ticket_ahead_within_its_slot_and_a_late_one_is_ordinary()
    {
        var kiosk = await App.SendAsync(Actors.Admin, new RegisterDevice("取号机", DeviceKind.Kiosk));
        var onTime = (await BookAsync(Nine, Id(1))).Receipt;
        var late = (await BookAsync(Nine.AddHours(1), Id(2))).Receipt;

        App.Clock.Now = Nine.AddMinutes(-20);
        var walkIn = await App.SendAsync(null, new IssueKioskTicket(kiosk.Link, "A", PriorityReason.None));
        App.Clock.Now = Nine.AddMinutes(-10);
        var checkedIn = await App.SendAsync(null, new CheckInAppointment(kiosk.Link, onTime.Code.ToLowerInvariant(), PriorityReason.None));
        Assert.False(checkedIn.Late);
        Assert.Equal(("A", Nine), (checkedIn.Ticket.Category, checkedIn.SlotStart));
        await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(null, new CheckInAppointment(kiosk.Link, onTime.Code, PriorityReason.None)));

        App.Clock.Now = Nine.AddMinutes(1);
        Assert.Equal(checkedIn.Ticket.Number, (await App.SendAsync(Actors.Clerk, new CallNext(1)))!.Number); // ahead of the earlier walk-in
        Assert.NotEqual(walkIn.Number, checkedIn.Ticket.Number);

        App.Clock.Now = Nine.AddHours(1).AddMinutes(31);
        var lateTicket = await App.SendAsync(null, new CheckInAppointment(kiosk.Link, Id(2), PriorityReason.None));
        Assert.True(lateTicket.Late);
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var tickets = await db.QueueTickets.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Nine, tickets.Single(t => t.Number == checkedIn.Ticket.Number).AppointmentStart);
        Assert.Null(tickets.Single(t => t.Number == lateTicket.Ticket.Number).AppointmentStart);
        var stored = await db.Appointments.AsNoTracking().SingleAsync(a => a.Id == late.Id, TestContext.Current.CancellationToken);
        Assert.Equal((AppointmentStatus.Late, lateTicket.Ticket.Number), (stored.Status, stored.TicketNumber));
    }

    [Fact]
    public async Task Check_in_needs_a_valid_kiosk_and_a_known_booking()
    {
        var kiosk = await App.SendAsync(Actors.Admin, new RegisterDevice("取号机", DeviceKind.Kiosk));
        var booked = (await BookAsync(Nine, Id(1))).Receipt;
        var unknown = await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(null, new CheckInAppointment(kiosk.Link, "ZZZZZZ", PriorityReason.None)));
        Assert.Equal(AppointmentRuleCodes.NotFound, unknown.Code);
        var thursday = (await BookAsync(Nine.AddDays(1), Id(2))).Receipt;
        var byId = await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(null, new CheckInAppointment(kiosk.Link, Id(2), PriorityReason.None)));
        Assert.Equal(AppointmentRuleCodes.NotFound, byId.Code); // by ID number: today's bookings only
        var byCode = await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(null, new CheckInAppointment(kiosk.Link, thursday.Code, PriorityReason.None)));
        Assert.Equal(AppointmentRuleCodes.NotToday, byCode.Code);

        await App.SendAsync(Actors.Admin, new RevokeDevice(kiosk.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.SendAsync(null, new CheckInAppointment(kiosk.Link, booked.Code, PriorityReason.None)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.SendAsync(null, new CheckInAppointment(null, booked.Code, PriorityReason.None)));
    }
}
