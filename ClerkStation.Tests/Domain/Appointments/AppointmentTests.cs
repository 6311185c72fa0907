using ClerkStation.Domain.Appointments;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Tests.Domain.Calendar;
using ClerkStation.Tests.Domain.Queue;

namespace ClerkStation.Tests.Domain.Appointments;

/// <summary>预约: slots on working days inside opening hours, a capacity per slot, one booking per ID at a time, check-in and late arrival.</summary>
public sealed class AppointmentTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static readonly AppointmentSettings Settings = new(
        new HashSet<string> { "A", "D" }, TimeSpan.FromMinutes(30), 2,
        [new OpeningPeriod(new TimeOnly(8, 30), new TimeOnly(12, 0)), new OpeningPeriod(new TimeOnly(13, 30), new TimeOnly(17, 0))], 7);

    // Tuesday 2026-03-10, a quarter past eight: before the center opens.
    private static readonly DateTimeOffset Morning = new(2026, 3, 10, 8, 15, 0, China);

    private static readonly DateOnly Wednesday = new(2026, 3, 11);

    private static AppointmentSlot Slot(DateOnly day, int hour, int minute) =>
        new(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), China), new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), China).AddMinutes(30));

    private static AppointmentApplicant Person(string id = "330902197001011511") => new("预约人", id, "13905801234");

    private static Appointment Book(AppointmentSlot slot, IReadOnlyCollection<Appointment>? others = null, string category = "A", string id = "330902197001011511", DateTimeOffset? now = null) =>
        Appointment.Book("K7M2QX", category, slot, Person(id), AppointmentChannel.Counter, "c1", "王受理", others ?? [], Settings, CalendarTestData.Calendar, now ?? Morning);

    [Fact]
    public void A_working_day_has_slots_inside_the_opening_hours_and_none_over_lunch()
    {
        var slots = AppointmentSchedule.SlotsOf(Wednesday, Settings, CalendarTestData.Calendar, China);

        Assert.Equal(14, slots.Count); // 08:30–12:00 and 13:30–17:00 in half hours
        Assert.Equal(Slot(Wednesday, 8, 30), slots[0]);
        Assert.Equal(Slot(Wednesday, 11, 30), slots[6]);
        Assert.Equal(Slot(Wednesday, 13, 30), slots[7]);
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 17, 0, 0, China), slots[^1].End);
    }

    [Theory]
    [InlineData("2026-03-14")] // a Saturday
    [InlineData("2026-10-01")] // National Day
    [InlineData("2026-02-17")] // Spring Festival, a Tuesday
    public void Days_off_have_no_slots_and_refuse_a_booking(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Empty(AppointmentSchedule.SlotsOf(day, Settings, CalendarTestData.Calendar, China));
        var refused = Assert.Throws<DomainRuleException>(() => Book(Slot(day, 9, 0), now: new DateTimeOffset(day.AddDays(-3).ToDateTime(TimeOnly.MinValue), China)));
        Assert.Equal(AppointmentRuleCodes.NotWorkingDay, refused.Code);
    }

    [Fact]
    public void A_make_up_Saturday_is_a_working_day_with_slots()
    {
        var makeUp = new DateOnly(2026, 2, 28);
        Assert.NotEmpty(AppointmentSchedule.SlotsOf(makeUp, Settings, CalendarTestData.Calendar, China));
        Assert.Equal(AppointmentStatus.Booked, Book(Slot(makeUp, 9, 0), now: new DateTimeOffset(2026, 2, 27, 10, 0, 0, China)).Status);
    }

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

    [Fact]
    public void Checking_in_before_the_slot_ends_keeps_the_slot_and_the_ticket_is_called_ahead_from_its_start()
    {
        var appointment = Book(Slot(Wednesday, 9, 0));
        var early = new DateTimeOffset(2026, 3, 11, 8, 50, 0, China);

        var slot = appointment.CheckIn(early);

        Assert.Equal((AppointmentStatus.CheckedIn, appointment.Slot), (appointment.Status, slot));
        var walkIn = QueueTicket.Issue(QueueTestKit.A, 1, PriorityReason.None, null, "w", early.AddMinutes(-20));
        var booked = QueueTicket.Issue(QueueTestKit.A, 2, PriorityReason.None, slot, "b", early);
        Assert.Equal(walkIn, CallOrder.Next([walkIn, booked], QueueTestKit.Window1, early.AddMinutes(5))); // before 09:00: arrival order
        Assert.Equal(booked, CallOrder.Next([walkIn, booked], QueueTestKit.Window1, early.AddMinutes(10))); // from 09:00: ahead
        Assert.Equal(AppointmentRuleCodes.NotBooked, Assert.Throws<DomainRuleException>(() => appointment.CheckIn(early)).Code);
    }

    [Fact]
    public void A_late_arrival_gets_an_ordinary_ticket()
    {
        var appointment = Book(Slot(Wednesday, 9, 0));
        var late = new DateTimeOffset(2026, 3, 11, 9, 31, 0, China);

        Assert.Equal(AppointmentStatus.NoShow, appointment.StatusAt(late));
        Assert.Null(appointment.CheckIn(late));
        Assert.Equal(AppointmentStatus.Late, appointment.Status);
        // The ticket itself makes a late slot ordinary too, whoever hands it the slot.
        Assert.Null(QueueTicket.Issue(QueueTestKit.A, 1, PriorityReason.None, appointment.Slot, "l", late).AppointmentStart);
    }

    [Fact]
    public void Check_in_is_on_the_booked_day_only_and_a_used_booking_cannot_be_cancelled()
    {
        var appointment = Book(Slot(Wednesday, 9, 0));
        Assert.Equal(AppointmentRuleCodes.NotToday, Assert.Throws<DomainRuleException>(() => appointment.CheckIn(Morning)).Code);
        Assert.Equal(AppointmentRuleCodes.Expired, Assert.Throws<DomainRuleException>(() => appointment.CheckIn(Morning.AddDays(2))).Code);

        appointment.CheckIn(new DateTimeOffset(2026, 3, 11, 8, 40, 0, China));
        Assert.Equal(AppointmentRuleCodes.NotBooked, Assert.Throws<DomainRuleException>(() => appointment.Cancel(Morning)).Code);
        var missed = Book(Slot(Wednesday, 10, 0));
        Assert.Equal(AppointmentRuleCodes.NotBooked, Assert.Throws<DomainRuleException>(() => missed.Cancel(new DateTimeOffset(2026, 3, 11, 11, 0, 0, China))).Code);
    }

    [Fact]
    public void Settings_with_unknown_categories_or_bad_times_are_reported()
    {
        var queue = new QueueSettings([QueueTestKit.A], [QueueTestKit.Window1], TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(8));
        Assert.Empty((Settings with { Categories = new HashSet<string> { "A" } }).Problems(queue));
        var bad = Settings with { Capacity = 0, SlotLength = TimeSpan.FromMinutes(1), Hours = [new OpeningPeriod(new TimeOnly(12, 0), new TimeOnly(9, 0))] };
        Assert.Equal(4, bad.Problems(queue).Count); // unknown D, capacity, slot length, a period ending before it starts
    }
}
