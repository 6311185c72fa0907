using ClerkStation.Domain.Complaints;
using ClerkStation.Features.Complaints;
using ClerkStation.Features.Supervisor;
using ClerkStation.Infrastructure.Security;

namespace ClerkStation.Tests.Features.Complaints;

public sealed class ComplaintHandlerTests : FreshAppTest<FixedClockAppFactory>
{
    [Fact]
    public async Task Recorded_at_the_counter_then_assigned_resolved_and_closed_by_the_supervisor()
    {
        var id = await App.SendAsync(Actors.Clerk, new RecordComplaint("王五", "13800000000", null, "mz", "跑了三趟没办成"));
        Assert.Equal(1, (await App.SendAsync(Actors.Supervisor, new GetFloor())).OpenComplaints);
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.SendAsync(Actors.Clerk, new AssignComplaint(id, "陈民")));

        await App.SendAsync(Actors.Supervisor, new AssignComplaint(id, "陈民"));
        await App.SendAsync(Actors.Supervisor, new ResolveComplaint(id, "当场补正后受理"));
        await App.SendAsync(Actors.Supervisor, new CloseComplaint(id));
        var c = (await App.SendAsync(Actors.Supervisor, new GetComplaints())).Single(x => x.Id == id);
        Assert.Equal(ComplaintStatus.Closed, c.Status);
        Assert.Equal((FixedClockAppFactory.Now, Actors.Clerk.DisplayName, Actors.Supervisor.DisplayName), (c.RecordedAt, c.RecordedByName, c.ClosedByName));
        Assert.Equal(0, (await App.SendAsync(Actors.Supervisor, new GetFloor())).OpenComplaints);
    }
}
