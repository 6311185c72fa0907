using ClerkStation.Domain.Appointments;
using ClerkStation.Domain.Common;
using static ClerkStation.Tests.Domain.Appointments.AppointmentTestKit;

namespace ClerkStation.Tests.Domain.Appointments;

/// <summary>Booking an appointment: a capacity per slot and category, one booking per ID at a time, and the slots refused.</summary>
public sealed class AppointmentBookingTests
{
    [Fact]
    public void A_slot_takes_its_capacity_per_category_and_refuses_the_next()
    {
        var slot = Slot(Wednesday, 9, 0);
        var first = Book(slot, id: "330902197001011511");
        var second = Book(slot, [first], id: "11010519491231002X");
        Assert.Equal((1, 2), (first.Place, second.Place));

        var full = Assert.Throws<DomainRuleException>(() => Book(slot, [first, second], id: "330902198001011515"));
        Assert.Equal(AppointmentRuleCodes.SlotFull, full.Code);
        // Another category's slot at the same time has its own places.
        Assert.Equal(1, Book(slot, [first, second], category: "D", id: "330902198001011515").Place);
    }

    [Fact]
    public void A_cancelled_booking_gives_its_place_back()
    {
        var slot = Slot(Wednesday, 9, 0);
        var first = Book(slot, id: "330902197001011511");
        var second = Book(slot, [first], id: "11010519491231002X");
        first.Cancel(Morning);

        Assert.Equal((AppointmentStatus.Cancelled, null), (first.Status, first.Place));
        Assert.Equal(1, Book(slot, [first, second], id: "330902198001011515").Place);
    }

    [Fact]
    public void One_ID_number_holds_one_booking_at_a_time_in_any_category()
    {
        var slot = Slot(Wednesday, 9, 0);
        var first = Book(slot);
        Assert.Equal(AppointmentRuleCodes.AlreadyBooked, Assert.Throws<DomainRuleException>(() => Book(slot, [first])).Code);
        Assert.Equal(AppointmentRuleCodes.AlreadyBooked, Assert.Throws<DomainRuleException>(() => Book(slot, [first], category: "D")).Code);
        Assert.Equal(AppointmentStatus.Booked, Book(Slot(Wednesday, 9, 30), [first]).Status);
    }

    [Fact]
    public void Past_and_unknown_slots_categories_without_bookings_and_far_days_are_refused()
    {
        var today = DateOnly.FromDateTime(Morning.DateTime);
        var nine = Morning.AddMinutes(45);
        Assert.Equal(AppointmentRuleCodes.SlotPast, Assert.Throws<DomainRuleException>(() => Book(Slot(today, 9, 0), now: nine.AddMinutes(1))).Code);
        Assert.Equal(AppointmentRuleCodes.SlotPast, Assert.Throws<DomainRuleException>(() => Book(Slot(today, 8, 30), now: nine)).Code);
        Assert.Equal(AppointmentStatus.Booked, Book(Slot(today, 9, 30), now: nine).Status);
        Assert.Equal(AppointmentRuleCodes.NotASlot, Assert.Throws<DomainRuleException>(() => Book(Slot(Wednesday, 9, 10))).Code);
        Assert.Equal(AppointmentRuleCodes.NotASlot, Assert.Throws<DomainRuleException>(() => Book(Slot(Wednesday, 12, 0))).Code);
        Assert.Equal(AppointmentRuleCodes.NoAppointments, Assert.Throws<DomainRuleException>(() => Book(Slot(Wednesday, 9, 0), category: "B")).Code);
        Assert.Equal(AppointmentRuleCodes.TooFarAhead, Assert.Throws<DomainRuleException>(() => Book(Slot(new DateOnly(2026, 3, 18), 9, 0))).Code);
        Assert.Equal(AppointmentStatus.Booked, Book(Slot(new DateOnly(2026, 3, 17), 9, 0)).Status);
    }
}
