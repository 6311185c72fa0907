using ClerkStation.Domain.Appointments;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Tests.Domain.Queue;
using static ClerkStation.Tests.Domain.Appointments.AppointmentTestKit;

namespace ClerkStation.Tests.Domain.Appointments;

/// <summary>Checking in for an appointment: on time the ticket is called ahead from the slot's start, late it is ordinary, and only on the day.</summary>
public sealed class AppointmentCheckInTests
{
    [Fact]
    public void Checking_in_before_the_slot_ends_keeps_the_slot_and_the_ticket_is_called_ahead_from_its_start()
    {
        var appointment = Book(Slot(Wednesday, 9, 0));
        var early = new DateTimeOffset(2026, 3, 11, 8, 50, 0, China);

        var slot = appointment.CheckIn(early, Wednesday);

        Assert.Equal((AppointmentStatus.CheckedIn, appointment.Slot), (appointment.Status, slot));
        var walkIn = QueueTicket.Issue(QueueTestKit.A, 1, PriorityReason.None, null, "w", early.AddMinutes(-20), Wednesday);
        var booked = QueueTicket.Issue(QueueTestKit.A, 2, PriorityReason.None, slot, "b", early, Wednesday);
        Assert.Equal(walkIn, CallOrder.Next([walkIn, booked], QueueTestKit.Window1, early.AddMinutes(5))); // before 09:00: arrival order
        Assert.Equal(booked, CallOrder.Next([walkIn, booked], QueueTestKit.Window1, early.AddMinutes(10))); // from 09:00: ahead
        Assert.Equal(AppointmentRuleCodes.NotBooked, Assert.Throws<DomainRuleException>(() => appointment.CheckIn(early, Wednesday)).Code);
    }

    [Fact]
    public void A_late_arrival_gets_an_ordinary_ticket()
    {
        var appointment = Book(Slot(Wednesday, 9, 0));
        var late = new DateTimeOffset(2026, 3, 11, 9, 31, 0, China);

        Assert.Equal(AppointmentStatus.NoShow, appointment.StatusAt(late));
        Assert.Null(appointment.CheckIn(late, Wednesday));
        Assert.Equal(AppointmentStatus.Late, appointment.Status);
        // The ticket itself makes a late slot ordinary too, whoever hands it the slot.
        Assert.Null(QueueTicket.Issue(QueueTestKit.A, 1, PriorityReason.None, appointment.Slot, "l", late, Wednesday).AppointmentStart);
    }

    [Fact]
    public void Check_in_is_on_the_booked_day_only_and_a_used_booking_cannot_be_cancelled()
    {
        var appointment = Book(Slot(Wednesday, 9, 0));
        Assert.Equal(AppointmentRuleCodes.NotToday, Assert.Throws<DomainRuleException>(() => appointment.CheckIn(Morning, Wednesday.AddDays(-1))).Code);
        Assert.Equal(AppointmentRuleCodes.Expired, Assert.Throws<DomainRuleException>(() => appointment.CheckIn(Morning.AddDays(2), Wednesday.AddDays(1))).Code);

        appointment.CheckIn(new DateTimeOffset(2026, 3, 11, 8, 40, 0, China), Wednesday);
        Assert.Equal(AppointmentRuleCodes.NotBooked, Assert.Throws<DomainRuleException>(() => appointment.Cancel(Morning)).Code);
        var missed = Book(Slot(Wednesday, 10, 0));
        Assert.Equal(AppointmentRuleCodes.NotBooked, Assert.Throws<DomainRuleException>(() => missed.Cancel(new DateTimeOffset(2026, 3, 11, 11, 0, 0, China))).Code);
    }
}
