using ClerkStation.Domain.Common;
using ClerkStation.Domain.Complaints;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Domain.Ratings;

public class ComplaintTests
{
    [Fact]
    public void Recorded_assigned_resolved_closed_with_every_step_timed()
    {
        var c = Complaint.Record(Clerk, At("2026-03-02", 9), D("2026-03-02"), " 王五 ", null, null, "mz", "低保材料被要求三次补交");
        Assert.Equal(ComplaintStatus.Recorded, c.Status);
        Assert.Equal("王五", c.ApplicantName);
        c.Assign(Supervisor, At("2026-03-02", 10), "陈民");
        c.Resolve(Supervisor, At("2026-03-03", 11), "已一次性告知并当场受理");
        Assert.Equal(TimeSpan.FromHours(26), c.Elapsed(At("2026-03-09")));
        c.Close(Supervisor, At("2026-03-03", 12));
        Assert.Equal(ComplaintStatus.Closed, c.Status);
        Assert.Equal(At("2026-03-02", 10), c.AssignedAt);
        Assert.Equal(At("2026-03-03", 12), c.ClosedAt);
    }

    [Fact]
    public void Only_the_counter_or_the_supervisor_records_and_only_the_supervisor_follows_up()
    {
        Assert.Throws<DomainRuleException>(() => Complaint.Record(ReviewerMz, At("2026-03-02"), D("2026-03-02"), "王五", null, null, null, "x"));
        var c = Complaint.Record(Supervisor, At("2026-03-02"), D("2026-03-02"), "王五", null, null, null, "x");
        Assert.Throws<DomainRuleException>(() => c.Assign(Clerk, At("2026-03-02"), "陈民"));
        Assert.Equal(ComplaintRuleCodes.NotAllowedInStatus, Assert.Throws<DomainRuleException>(() => c.Close(Supervisor, At("2026-03-02"))).Code);
        Assert.Equal(ComplaintRuleCodes.TextRequired, Assert.Throws<DomainRuleException>(() => Complaint.Record(Clerk, At("2026-03-02"), D("2026-03-02"), "王五", null, null, null, " ")).Code);
    }
}
