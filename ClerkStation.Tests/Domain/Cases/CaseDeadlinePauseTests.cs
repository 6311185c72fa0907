using ClerkStation.Domain.Cases;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Domain.Cases;

/// <summary>Clock pauses (supplement, suspension) push both due dates by the working days paused, against the real 2026 calendar.</summary>
public class CaseDeadlinePauseTests
{
    [Fact]
    public void Supplement_across_the_spring_festival_pushes_both_due_dates_by_the_paused_working_days()
    {
        // Accepted Mon 02-09: due 02-14 (Sat make-up), statutory 02-28 (Sat make-up).
        var @case = Case.Accept(Promised(5, 10), Clerk, Day, Today, Cal);
        @case.Claim(ReviewerMz, At("2026-02-10"));
        @case.RequestSupplement(ReviewerMz, At("2026-02-12"), D("2026-02-12"), ["收入证明"]);
        Assert.Equal(D("2026-02-12"), @case.PausedSince);
        Assert.True(@case.IsPaused);

        // Resubmitted Wed 02-25: (02-12, 02-25] holds 02-13, 02-14, 02-24, 02-25 → 4 working days.
        @case.RecordSupplement(Clerk, At("2026-02-25"), D("2026-02-25"), Cal, "已补交收入证明");

        Assert.Equal(CaseStatus.InReview, @case.Status);
        Assert.Equal(ReviewerMz.UserId, @case.ClaimedById);
        Assert.Null(@case.PausedSince);
        Assert.Equal(4, @case.PausedWorkingDays);
        Assert.Equal(D("2026-02-27"), @case.DueDate);          // 5 + 4 working days after 02-09
        Assert.Equal(D("2026-03-05"), @case.StatutoryDueDate); // 10 + 4
        Assert.Equal("已补交收入证明", @case.Events[^1].Reason);
        Assert.Equal("4", @case.Events[^1].Detail);
    }

    [Fact]
    public void Suspension_over_national_day_ends_on_the_make_up_saturday()
    {
        // Accepted Fri 09-18: Sun 09-20 is worked, 10-01..10-07 off → 10 days due Fri 10-09, 20 days due Thu 10-22.
        var @case = Case.Accept(Promised(10, 20) with { Number = "ZS-20260918-0001" }, Clerk, At("2026-09-18"), D("2026-09-18"), Cal);
        Assert.Equal(D("2026-10-09"), @case.DueDate);
        Assert.Equal(D("2026-10-22"), @case.StatutoryDueDate);

        @case.Claim(ReviewerMz, At("2026-09-21"));
        @case.Suspend(ReviewerMz, At("2026-09-24"), D("2026-09-24"), "现场核查");
        // Resumed Sat 10-10 (make-up): (09-24, 10-10] holds 09-28, 09-29, 09-30, 10-08, 10-09, 10-10 → 6.
        @case.Resume(ReviewerMz, At("2026-10-10"), D("2026-10-10"), Cal);

        Assert.Equal(CaseStatus.InReview, @case.Status);
        Assert.Equal(6, @case.PausedWorkingDays);
        Assert.Equal(D("2026-10-16"), @case.DueDate);
        Assert.Equal(D("2026-10-30"), @case.StatutoryDueDate);
        Assert.Equal("6", @case.Events[^1].Detail);
    }

    [Fact]
    public void Pauses_accumulate()
    {
        var @case = Case.Accept(Promised(5, null), Clerk, Day, Today, Cal);
        @case.Claim(ReviewerMz, Day);
        @case.RequestSupplement(ReviewerMz, At("2026-02-10"), D("2026-02-10"), ["户口簿"]);
        @case.RecordSupplement(Clerk, At("2026-02-11"), D("2026-02-11"), Cal);         // 1
        @case.Suspend(ReviewerMz, At("2026-02-12"), D("2026-02-12"), "公示");
        @case.Resume(ReviewerMz, At("2026-02-24"), D("2026-02-24"), Cal);                // 02-13, 02-14, 02-24 → 3
        Assert.Equal(4, @case.PausedWorkingDays);
        Assert.Equal(D("2026-02-27"), @case.DueDate);
        Assert.Null(@case.StatutoryDueDate);
    }

    [Fact]
    public void A_pause_resolved_the_same_day_costs_nothing()
    {
        var @case = CaseIn(CaseStatus.SupplementRequested);
        @case.RecordSupplement(Clerk, Day.AddHours(3), Today, Cal);
        Assert.Equal(0, @case.PausedWorkingDays);
        Assert.Equal(D("2026-02-14"), @case.DueDate);
    }

    [Fact]
    public void A_pause_over_holidays_only_costs_nothing()
    {
        // Paused Sat 02-14 (make-up day), resumed Mon 02-23 (last day off): nothing worked in between.
        var @case = Case.Accept(Promised(5, null), Clerk, Day, Today, Cal);
        @case.Claim(ReviewerMz, Day);
        @case.Suspend(ReviewerMz, At("2026-02-14"), D("2026-02-14"), "公示");
        @case.Resume(ReviewerMz, At("2026-02-23"), D("2026-02-23"), Cal);
        Assert.Equal(0, @case.PausedWorkingDays);
        Assert.Equal(D("2026-02-14"), @case.DueDate);
    }

    [Fact]
    public void The_days_are_the_ones_the_centers_clock_passes_not_the_offset_of_the_instant()
    {
        // 23:30 UTC on Mon 9 Feb is 07:30 on Tue 10 Feb at the center; the instant alone would say the 9th.
        var utcMorning = new DateTimeOffset(2026, 2, 9, 23, 30, 0, TimeSpan.Zero);
        var @case = Case.Accept(Promised(5, 10), Clerk, utcMorning, D("2026-02-10"), Cal);
        @case.Claim(ReviewerMz, utcMorning);
        @case.RequestSupplement(ReviewerMz, utcMorning, D("2026-02-10"), ["收入证明"]);

        Assert.Equal(D("2026-02-10"), @case.AcceptedOn);
        Assert.Equal(D("2026-02-10"), @case.PausedSince);
        Assert.Equal(Cal.AddWorkingDays(D("2026-02-10"), 5), @case.DueDate);
    }
}
