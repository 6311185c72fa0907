using ClerkStation.Domain.Appointments;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Complaints;
using ClerkStation.Domain.Intake;
using ClerkStation.Domain.Queue;
using ClerkStation.Domain.Ratings;
using ClerkStation.Tests.Domain.Calendar;
using ClerkStation.Tests.Domain.Ratings;
using static ClerkStation.Tests.Domain.Appointments.AppointmentTestKit;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;

namespace ClerkStation.Tests.Domain;

/// <summary>
/// Issue 12: the day an aggregate records is the center's day it is given, never the date of the instant's own offset.
/// The instant here is 23:30 UTC on 2 March, already 07:30 on Tuesday 3 March at the center.
/// </summary>
public sealed class CenterDayTests
{
    private static readonly DateTimeOffset LateUtc = new(2026, 3, 2, 23, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly CenterToday = D("2026-03-03");

    [Fact]
    public void The_instant_is_the_previous_day_in_UTC_and_the_next_at_the_center()
    {
        Assert.Equal(D("2026-03-02"), DateOnly.FromDateTime(LateUtc.DateTime));
        Assert.Equal(CenterToday, CenterDay.Of(LateUtc));
    }

    [Fact]
    public void A_ticket_and_its_visit_are_of_the_center_day()
    {
        var ticket = QueueTicket.Issue(Queue.QueueTestKit.A, 1, PriorityReason.None, null, "tok", LateUtc, CenterToday);
        var visit = ticket.Call(Actors.Clerk, Queue.QueueTestKit.Window1, LateUtc.AddMinutes(5), CenterToday);

        Assert.Equal((CenterToday, CenterToday), (ticket.Day, visit.Day));
    }

    [Fact]
    public void A_complaint_is_recorded_on_the_center_day()
    {
        var complaint = Complaint.Record(Actors.Clerk, LateUtc, CenterToday, "王五", null, null, "mz", "材料被要求三次补交");

        Assert.Equal((LateUtc, CenterToday), (complaint.RecordedAt, complaint.RecordedOn));
    }

    [Fact]
    public void A_rating_its_task_and_the_task_steps_count_from_the_center_day()
    {
        var rating = RatingTestKit.Invitation();
        rating.Rate(RatingLevel.Dissatisfied, "等了很久", LateUtc, CenterToday);
        var task = RectificationTask.Open(rating, LateUtc, CenterToday, Cal, RectificationPolicy.Zhejiang);

        Assert.Equal(CenterToday, rating.RatedOn);
        Assert.Equal((CenterToday, D("2026-03-04")), (task.OpenedOn, task.CallbackDue)); // one working day after Tuesday

        var nextEvening = LateUtc.AddDays(1); // 3 March in UTC, 4 March at the center
        task.RecordCallback(Actors.Supervisor, nextEvening, D("2026-03-04"), "已回访");
        task.RecordFix(Actors.Supervisor, nextEvening.AddMinutes(10), D("2026-03-04"), "已整改");
        Assert.Equal((D("2026-03-04"), D("2026-03-04")), (task.CalledBackOn, task.FixedOn));
        Assert.True(task.WasOnTime);
    }

    [Fact]
    public void An_appeal_upheld_the_morning_after_the_fix_deadline_is_late_though_its_UTC_date_is_the_deadline()
    {
        var rating = RatingTestKit.Invitation();
        rating.Rate(RatingLevel.Dissatisfied, "误点", LateUtc, CenterToday);
        var task = RectificationTask.Open(rating, LateUtc, CenterToday, Cal, RectificationPolicy.Zhejiang);
        task.Appeal(Actors.Supervisor, LateUtc.AddHours(1), "误评");

        // 23:30 UTC on the deadline's date is 07:30 the next morning at the center: decided a day late.
        var decidedAt = new DateTimeOffset(task.FixDue.ToDateTime(new TimeOnly(23, 30)), TimeSpan.Zero);
        task.DecideAppeal(Actors.Supervisor, decidedAt, CenterDay.Of(decidedAt), upheld: true, "核实为误评", rating);

        Assert.Equal((RectificationStatus.Dismissed, task.FixDue.AddDays(1)), (task.Status, task.AppealDecidedOn));
        Assert.False(task.WasOnTime);
    }

    [Fact]
    public void An_intake_decision_is_of_the_center_day()
    {
        var refusal = IntakeDecision.Refuse("BY-20260303-0001", "RS-002", new LocalizedText("事项", "Item"), "rs", IntakeSamples.WangFang, "不属于受理范围",
            Actors.Clerk, LateUtc, CenterToday);

        Assert.Equal(CenterToday, refusal.Day);
    }

    [Fact]
    public void An_appointment_is_checked_in_and_booked_ahead_by_the_center_day()
    {
        // 23:30 UTC on 10 March is 07:30 on Wednesday 11 March at the center: the day of the booking.
        var beforeOpening = new DateTimeOffset(2026, 3, 10, 23, 30, 0, TimeSpan.Zero);
        var appointment = Book(Slot(Wednesday, 9, 0));
        Assert.Equal(appointment.Slot, appointment.CheckIn(beforeOpening, Wednesday));

        // Seven days ahead of the center's Wednesday is Wednesday 18 March (of the UTC Tuesday it would be the 17th).
        var farthest = Appointment.Book("K7M2QY", "A", Slot(new DateOnly(2026, 3, 18), 9, 0), Person(), AppointmentChannel.Counter, "c1", "王受理", [],
            Settings, CalendarTestData.Calendar, beforeOpening, Wednesday);
        Assert.Equal(new DateOnly(2026, 3, 18), farthest.Day);
    }
}
