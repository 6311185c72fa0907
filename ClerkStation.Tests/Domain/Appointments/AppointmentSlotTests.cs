using ClerkStation.Domain.Appointments;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Tests.Domain.Calendar;
using ClerkStation.Tests.Domain.Queue;
using static ClerkStation.Tests.Domain.Appointments.AppointmentTestKit;

namespace ClerkStation.Tests.Domain.Appointments;

/// <summary>预约 slots: on working days (make-up Saturdays too) inside the opening hours, none on days off, and the settings' problems.</summary>
public sealed class AppointmentSlotTests
{
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
    public void Settings_with_unknown_categories_or_bad_times_are_reported()
    {
        var queue = new QueueSettings([QueueTestKit.A], [QueueTestKit.Window1], TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(8));
        Assert.Empty((Settings with { Categories = new HashSet<string> { "A" } }).Problems(queue));
        var bad = Settings with { Capacity = 0, SlotLength = TimeSpan.FromMinutes(1), Hours = [new OpeningPeriod(new TimeOnly(12, 0), new TimeOnly(9, 0))] };
        Assert.Equal(4, bad.Problems(queue).Count); // unknown D, capacity, slot length, a period ending before it starts
    }
}
