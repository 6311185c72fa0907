using ClerkStation.Domain.Cases;
using ClerkStation.Features.Supervisor;

namespace ClerkStation.Tests.Features.Supervisor;

/// <summary>Every figure on the floor against the hand count in <see cref="KnownFloor"/>.</summary>
public sealed class FloorFigureTests(KnownFloor known) : IClassFixture<KnownFloor>
{
    private Task<FloorSnapshot> FloorAsync() => known.App.SendAsync(Actors.Supervisor, new GetFloor());

    [Fact]
    public async Task Today_totals()
    {
        var floor = await FloorAsync();
        Assert.Equal(new DateOnly(2026, 3, 11), floor.Today);
        Assert.Equal((3, 1, 2, 1, 1), (floor.Totals.Accepted, floor.Totals.Instant, floor.Totals.Completed, floor.Totals.Refused, floor.Totals.Notices));
    }

    [Fact]
    public async Task Today_by_clerk_and_by_department()
    {
        var floor = await FloorAsync();
        var a = floor.ByClerk.Single(c => c.Key == Actors.Clerk.UserId);
        var b = floor.ByClerk.Single(c => c.Key == Actors.Clerk2.UserId);
        Assert.Equal((2, 1, 2, 1, 0), (a.Accepted, a.Instant, a.Completed, a.Refused, a.Notices));
        Assert.Equal((1, 0, 0, 0, 1), (b.Accepted, b.Instant, b.Completed, b.Refused, b.Notices));
        Assert.Equal(2, floor.ByClerk.Count);

        var mz = floor.ByDepartment.Single(d => d.Key == "mz");
        var rs = floor.ByDepartment.Single(d => d.Key == "rs");
        Assert.Equal((2, 1, 2, 0, 1), (mz.Accepted, mz.Instant, mz.Completed, mz.Refused, mz.Notices));
        Assert.Equal((1, 0, 0, 1, 0), (rs.Accepted, rs.Instant, rs.Completed, rs.Refused, rs.Notices));
    }

    [Fact]
    public async Task Open_queues_per_department()
    {
        var floor = await FloorAsync();
        Assert.Equal(new QueueCount("mz", 1, 2, 0, 0), floor.Queues.Single(q => q.DepartmentCode == "mz"));
        Assert.Equal(new QueueCount("rs", 1, 1, 0, 0), floor.Queues.Single(q => q.DepartmentCode == "rs"));
        Assert.Equal("mz", floor.Queues[0].DepartmentCode); // longest first
    }

    [Fact]
    public async Task Overdue_and_due_soon_boards_sorted_by_risk()
    {
        var floor = await FloorAsync();
        var overdue = Assert.Single(floor.Overdue);
        Assert.Equal(known.C5.Number, overdue.Number);
        Assert.Equal(DeadlineLight.Red, overdue.Light);
        Assert.Equal(-4, overdue.RemainingWorkingDays); // due Thu 5 Mar; 6, 9, 10, 11 Mar have passed
        var soon = Assert.Single(floor.DueSoon);
        Assert.Equal(known.C6.Number, soon.Number);
        Assert.Equal(0, soon.RemainingWorkingDays);
    }

    [Fact]
    public async Task Workload_per_reviewer_and_per_clerk()
    {
        var floor = await FloorAsync();
        Assert.Equal(2, floor.Reviewers.Single(r => r.PersonId == Actors.ReviewerMz.UserId).Open);
        Assert.Equal(1, floor.Reviewers.Single(r => r.PersonId == Actors.ReviewerRs.UserId).Open);
        var a = floor.Clerks.Single(c => c.PersonId == Actors.Clerk.UserId);
        var b = floor.Clerks.Single(c => c.PersonId == Actors.Clerk2.UserId);
        Assert.Equal((3, 2), (a.Open, a.ReadyForDelivery));
        Assert.Equal((2, 0), (b.Open, b.ReadyForDelivery));
    }

    [Fact]
    public async Task Rectifications_and_complaints_on_the_floor()
    {
        var floor = await FloorAsync();
        Assert.Equal(1, floor.OpenRectifications);
        Assert.Equal(1, floor.OverdueRectifications);
        Assert.Equal(0, floor.OpenComplaints);
    }
}
