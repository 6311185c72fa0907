using ClerkStation.Domain.Appointments;
using ClerkStation.Domain.Queue;
using ClerkStation.Tests.Domain.Calendar;

namespace ClerkStation.Tests.Domain.Appointments;

/// <summary>The appointment settings (A and D bookable, half-hour slots for two, two opening periods), days and booking the tests share.</summary>
public static class AppointmentTestKit
{
    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static readonly AppointmentSettings Settings = new(
        new HashSet<string> { "A", "D" }, TimeSpan.FromMinutes(30), 2,
        [new OpeningPeriod(new TimeOnly(8, 30), new TimeOnly(12, 0)), new OpeningPeriod(new TimeOnly(13, 30), new TimeOnly(17, 0))], 7);

    // Tuesday 2026-03-10, a quarter past eight: before the center opens.
    public static readonly DateTimeOffset Morning = new(2026, 3, 10, 8, 15, 0, China);

    public static readonly DateOnly Wednesday = new(2026, 3, 11);

    public static AppointmentSlot Slot(DateOnly day, int hour, int minute) =>
        new(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), China), new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), China).AddMinutes(30));

    public static AppointmentApplicant Person(string id = "330902197001011511") => new("预约人", id, "13905801234");

    public static Appointment Book(AppointmentSlot slot, IReadOnlyCollection<Appointment>? others = null, string category = "A", string id = "330902197001011511", DateTimeOffset? now = null) =>
        Appointment.Book("K7M2QX", category, slot, Person(id), AppointmentChannel.Counter, "c1", "王受理", others ?? [], Settings, CalendarTestData.Calendar, now ?? Morning, CenterDay.Of(now ?? Morning));
}
