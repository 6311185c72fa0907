using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Supervisor;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Realtime;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Features.Supervisor.SupervisorTestKit;

namespace ClerkStation.Tests.Features.Supervisor;

/// <summary>Reassignment against the real demo staff (reviewer.mz, reviewer.rs, clerk, clerk2) plus a second mz reviewer.</summary>
public sealed class ReassignmentHandlerTests : FreshAppTest<FixedClockAppFactory>
{
    private readonly List<LiveChange> _published = [];
    private Actor _mz = null!, _mz2 = null!, _rs = null!, _clerk = null!, _clerk2 = null!;

    protected override async ValueTask StartedAsync()
    {
        var users = App.Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var second = new StaffUser { UserName = "reviewer.mz2", DisplayName = "民政二", Departments = [new StaffDepartment { DepartmentCode = "mz" }] };
        Assert.True((await users.CreateAsync(second, "Demo!2026x")).Succeeded);
        await users.AddToRoleAsync(second, nameof(StaffRole.Reviewer));
        async Task<Actor> ActorFor(string userName, StaffRole role)
        {
            var u = (await users.FindByNameAsync(userName))!;
            return Actor.Create(u.Id, u.DisplayName, [role], userName switch { "reviewer.rs" => ["rs"], "clerk" or "clerk2" => [], _ => ["mz"] });
        }
        (_mz, _mz2, _rs, _clerk, _clerk2) = (await ActorFor("reviewer.mz", StaffRole.Reviewer), await ActorFor("reviewer.mz2", StaffRole.Reviewer),
            await ActorFor("reviewer.rs", StaffRole.Reviewer), await ActorFor("clerk", StaffRole.Clerk), await ActorFor("clerk2", StaffRole.Clerk));
        App.Services.GetRequiredService<LiveUpdates>().Subscribe(_ => true, change => { lock (_published) { _published.Add(change); } return Task.CompletedTask; });
    }

    private async Task<Case> HeldByMzAsync()
    {
        var c = NewCase(_clerk, "mz", At("2026-03-10"), 5);
        c.Claim(_mz, At("2026-03-10", 11));
        await SaveAsync(App, c);
        return c;
    }

    private async Task<Case> LoadAsync(Guid id)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync();
        return await db.Cases.AsNoTracking().SingleAsync(c => c.Id == id);
    }

    private bool Published(string topic) { lock (_published) { return _published.Any(p => p.Topic == topic); } }

    [Fact]
    public async Task Reviewer_to_reviewer_is_on_the_timeline_and_tells_the_department()
    {
        var c = await HeldByMzAsync();
        await App.SendAsync(Actors.Supervisor, new ReassignCase(c.Id, _mz2.UserId, null, "陈民请假"));
        var after = await LoadAsync(c.Id);
        Assert.Equal((CaseStatus.InReview, _mz2.UserId, "民政二"), (after.Status, after.ClaimedById, after.ClaimedByName));
        var e = after.Events[^1];
        Assert.Equal((CaseEventType.Reassigned, "陈民请假", Actors.Supervisor.DisplayName), (e.Type, e.Reason, e.ActorName));
        Assert.True(Published(LiveUpdates.DepartmentTopic("mz")));
        Assert.True(Published(LiveUpdates.FloorTopic));
    }

    [Fact]
    public async Task Department_to_department_lands_unclaimed_in_the_new_queue_and_tells_both()
    {
        var c = await HeldByMzAsync();
        await App.SendAsync(Actors.Supervisor, new ReassignCase(c.Id, null, "rs", "错派：应由人社办理"));
        var after = await LoadAsync(c.Id);
        Assert.Equal(("rs", CaseStatus.Routed, (string?)null), (after.DepartmentCode, after.Status, after.ClaimedById));
        Assert.Equal(c.DueDate, after.DueDate); // the clock keeps running
        Assert.True(Published(LiveUpdates.DepartmentTopic("mz")));
        Assert.True(Published(LiveUpdates.DepartmentTopic("rs")));
    }

    [Fact]
    public async Task A_reviewer_of_another_department_is_refused()
    {
        var c = await HeldByMzAsync();
        var ex = await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(Actors.Supervisor, new ReassignCase(c.Id, _rs.UserId, null, "x")));
        Assert.Equal(CaseRuleCodes.NotYourDepartment, ex.Code);
        Assert.Equal(_mz.UserId, (await LoadAsync(c.Id)).ClaimedById);
    }

    [Fact]
    public async Task A_reason_is_required()
    {
        var c = await HeldByMzAsync();
        await Assert.ThrowsAsync<RequestValidationException>(() => App.SendAsync(Actors.Supervisor, new ReassignCase(c.Id, _mz2.UserId, null, "  ")));
    }

    [Fact]
    public async Task Counter_follow_up_moves_to_another_clerk_and_tells_both_clerks()
    {
        var c = await HeldByMzAsync();
        await App.SendAsync(Actors.Supervisor, new ReassignCaseClerk(c.Id, _clerk2.UserId, "王小燕调休"));
        var after = await LoadAsync(c.Id);
        Assert.Equal((_clerk2.UserId, "李建国"), (after.AssignedClerkId, after.AssignedClerkName));
        Assert.Equal(CaseEventType.ClerkReassigned, after.Events[^1].Type);
        Assert.True(Published(LiveUpdates.ClerkTopic(_clerk.UserId)));
        Assert.True(Published(LiveUpdates.ClerkTopic(_clerk2.UserId)));
    }

    [Fact]
    public async Task Everything_an_absent_reviewer_holds_goes_back_to_the_queue()
    {
        var a = await HeldByMzAsync();
        var b = await HeldByMzAsync();
        var moved = await App.SendAsync(Actors.Supervisor, new ReassignAllHeldBy(_mz.UserId, null, "病假"));
        Assert.True(moved >= 2);
        foreach (var id in new[] { a.Id, b.Id })
        {
            var after = await LoadAsync(id);
            Assert.Equal((CaseStatus.Routed, (string?)null, "病假"), (after.Status, after.ClaimedById, after.Events[^1].Reason));
        }
    }

    [Fact]
    public async Task Everything_an_absent_clerk_follows_goes_to_the_named_clerk()
    {
        var a = await HeldByMzAsync();
        var moved = await App.SendAsync(Actors.Supervisor, new ReassignAllHeldBy(_clerk.UserId, _clerk2.UserId, "外出培训"));
        Assert.True(moved >= 1);
        Assert.Equal(_clerk2.UserId, (await LoadAsync(a.Id)).AssignedClerkId);
        await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(Actors.Supervisor, new ReassignAllHeldBy(_clerk2.UserId, null, "x")));
    }

    [Fact]
    public async Task The_staff_directory_lists_active_reviewers_with_departments_and_clerks()
    {
        var directory = await App.SendAsync(Actors.Supervisor, new GetStaffDirectory());
        Assert.Equal(["mz"], directory.Reviewers.Single(r => r.UserName == "reviewer.mz2").Departments);
        Assert.Contains(directory.Clerks, c => c.UserName == "clerk2");
        Assert.DoesNotContain(directory.Clerks, c => c.UserName == "supervisor");
    }
}
