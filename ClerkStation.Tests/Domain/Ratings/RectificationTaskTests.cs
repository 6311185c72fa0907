using ClerkStation.Domain.Common;
using ClerkStation.Domain.Ratings;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Domain.Ratings.RatingTestKit;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Domain.Ratings;

public class RectificationTaskTests
{
    [Fact]
    public void A_good_rating_opens_no_task() =>
        Assert.Throws<DomainRuleException>(() => RectificationTask.Open(Rated(RatingLevel.Basic), At("2026-02-13"), D("2026-02-13"), Cal, RectificationPolicy.Zhejiang));

    [Fact]
    public void Deadlines_count_working_days_across_the_spring_festival_and_make_up_days()
    {
        // Fri 13 Feb 2026: Sat 14 Feb is a make-up working day; 15–23 Feb are holidays; Sat 28 Feb is a make-up day.
        var task = TaskFor(RatingLevel.VeryDissatisfied, "2026-02-13");
        Assert.Equal(D("2026-02-14"), task.CallbackDue);
        Assert.Equal(D("2026-03-12"), task.FixDue);
        Assert.Equal(RectificationStatus.Open, task.Status);
        Assert.Equal("ZS-20260213-0001", task.CaseNumber);
    }

    [Fact]
    public void Deadlines_are_configurable()
    {
        var task = RectificationTask.Open(Rated(RatingLevel.Dissatisfied, "2026-03-02"), At("2026-03-02"), D("2026-03-02"), Cal, new RectificationPolicy(2, 5));
        Assert.Equal(D("2026-03-04"), task.CallbackDue);
        Assert.Equal(D("2026-03-09"), task.FixDue);
    }

    [Fact]
    public void Past_the_shipped_files_the_provisional_year_counts()
    {
        // 2026 is the last file in seed-data; 2027 is provisional with 元旦 (Fri 1 Jan) off:
        // Thu 24 Dec + 15 working days = 25, 28–31 Dec (5), 4–8 Jan (10), 11–15 Jan (15) = Fri 15 Jan 2027.
        var rating = Rated(RatingLevel.Dissatisfied, "2026-12-24");
        var task = RectificationTask.Open(rating, At("2026-12-24"), D("2026-12-24"), Cal, RectificationPolicy.Zhejiang);
        Assert.Equal(D("2026-12-25"), task.CallbackDue);
        Assert.Equal(D("2027-01-15"), task.FixDue);
        Assert.True(Cal.IsProvisional(task.FixDue));
    }

    [Fact]
    public void Callback_then_fix_then_close_on_time()
    {
        var task = TaskFor();
        task.RecordCallback(Supervisor, At("2026-02-14"), D("2026-02-14"), "已回访");
        Assert.Equal(RectificationStatus.CalledBack, task.Status);
        task.RecordFix(Supervisor, At("2026-03-05"), D("2026-03-05"), "已整改");
        Assert.Equal(RectificationStatus.Fixed, task.Status);
        task.Close(Supervisor, At("2026-03-05", 16));
        Assert.Equal(RectificationStatus.Closed, task.Status);
        Assert.True(task.IsFinished);
        Assert.True(task.WasOnTime);
        Assert.False(task.IsOverdueOn(D("2026-06-01")));
    }

    [Fact]
    public void A_late_callback_is_not_on_time_and_the_open_task_is_flagged_overdue()
    {
        var task = TaskFor();
        Assert.False(task.IsOverdueOn(D("2026-02-14")));
        Assert.True(task.IsOverdueOn(D("2026-02-24")));
        task.RecordCallback(Supervisor, At("2026-02-24"), D("2026-02-24"), "已回访");
        Assert.False(task.IsOverdueOn(D("2026-03-12")));
        Assert.True(task.IsOverdueOn(D("2026-03-13")));
        task.RecordFix(Supervisor, At("2026-03-10"), D("2026-03-10"), "已整改");
        task.Close(Supervisor, At("2026-03-10"));
        Assert.False(task.WasOnTime);
    }

    [Fact]
    public void Steps_go_in_order_and_need_a_supervisor_and_a_note()
    {
        var task = TaskFor();
        Assert.Equal(RatingRuleCodes.NotAllowedInStatus, Assert.Throws<DomainRuleException>(() => task.RecordFix(Supervisor, At("2026-02-14"), D("2026-02-14"), "x")).Code);
        Assert.Equal(RatingRuleCodes.NotAllowedInStatus, Assert.Throws<DomainRuleException>(() => task.Close(Supervisor, At("2026-02-14"))).Code);
        Assert.Equal(RatingRuleCodes.RoleNotAllowed, Assert.Throws<DomainRuleException>(() => task.RecordCallback(Clerk, At("2026-02-14"), D("2026-02-14"), "x")).Code);
        Assert.Equal(RatingRuleCodes.TextRequired, Assert.Throws<DomainRuleException>(() => task.RecordCallback(Supervisor, At("2026-02-14"), D("2026-02-14"), "  ")).Code);
    }

    [Fact]
    public void An_upheld_appeal_dismisses_the_task_and_excludes_the_rating()
    {
        var rating = Rated(RatingLevel.VeryDissatisfied);
        var task = RectificationTask.Open(rating, At("2026-02-13"), D("2026-02-13"), Cal, RectificationPolicy.Zhejiang);
        task.RecordCallback(Supervisor, At("2026-02-14"), D("2026-02-14"), "申请人承认误点");
        task.Appeal(Supervisor, At("2026-02-14"), "误评");
        Assert.Equal(RectificationStatus.Appealed, task.Status);
        task.DecideAppeal(Supervisor, At("2026-02-24"), D("2026-02-24"), upheld: true, "核实为误评", rating);
        Assert.Equal(RectificationStatus.Dismissed, task.Status);
        Assert.True(rating.Excluded);
        Assert.True(task.WasOnTime);
    }

    [Fact]
    public void A_rejected_appeal_goes_back_to_where_it_was()
    {
        var rating = Rated(RatingLevel.Dissatisfied);
        var task = RectificationTask.Open(rating, At("2026-02-13"), D("2026-02-13"), Cal, RectificationPolicy.Zhejiang);
        task.Appeal(Supervisor, At("2026-02-13"), "恶意评价");
        task.DecideAppeal(Supervisor, At("2026-02-14"), D("2026-02-14"), upheld: false, "不成立", rating);
        Assert.Equal(RectificationStatus.Open, task.Status);
        Assert.False(rating.Excluded);
        task.RecordCallback(Supervisor, At("2026-02-14"), D("2026-02-14"), "已回访");
        task.Appeal(Supervisor, At("2026-02-14"), "再次申诉");
        task.DecideAppeal(Supervisor, At("2026-02-24"), D("2026-02-24"), upheld: false, "不成立", rating);
        Assert.Equal(RectificationStatus.CalledBack, task.Status);
    }
}
