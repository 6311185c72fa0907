using ClerkStation.Domain.Staff;
using ClerkStation.Features.Queue;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Realtime;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Queue;

/// <summary>
/// The supervisor's floor and the window choices hear every seat change through the seat's own domain event, published
/// after the save: taking, moving, being assigned and leaving — and nothing when nothing changed.
/// </summary>
public sealed class WindowSeatLiveUpdateTests : FreshAppTest<QueueAppFactory>
{
    private readonly List<string> _heard = [];

    protected override ValueTask StartedAsync()
    {
        App.Services.GetRequiredService<LiveUpdates>().Subscribe(t => t == LiveUpdates.QueueTopic, change => { lock (_heard) { _heard.Add(change.Topic); } return Task.CompletedTask; });
        return ValueTask.CompletedTask;
    }

    private async Task<int> HeardAfterAsync(Func<Task> act)
    {
        lock (_heard) { _heard.Clear(); }
        await act();
        lock (_heard) { return _heard.Count; }
    }

    [Fact]
    public async Task Taking_moving_assigning_and_leaving_a_window_each_reach_the_floor()
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
        var user = await db.Users.SingleAsync(u => u.UserName == "clerk2", Ct);
        var clerk2 = Actor.Create(user.Id, user.DisplayName, [StaffRole.Clerk]);

        Assert.Equal(1, await HeardAfterAsync(() => App.SendAsync(Actors.Clerk, new TakeWindow(1))));
        Assert.Equal(2, await HeardAfterAsync(() => App.SendAsync(Actors.Clerk, new TakeWindow(2)))); // left 1, sat at 2
        Assert.Equal(1, await HeardAfterAsync(() => App.SendAsync(Actors.Supervisor, new AssignWindow(2, clerk2.UserId))));
        Assert.Equal(1, await HeardAfterAsync(() => App.SendAsync(clerk2, new ReleaseWindow())));
    }

    [Fact]
    public async Task Taking_the_window_one_holds_or_leaving_none_tells_nobody()
    {
        await App.SendAsync(Actors.Clerk, new TakeWindow(3));

        Assert.Equal(0, await HeardAfterAsync(() => App.SendAsync(Actors.Clerk, new TakeWindow(3))));
        Assert.Equal(0, await HeardAfterAsync(() => App.SendAsync(Actor.Create("no-seat", "无窗口", [StaffRole.Clerk]), new ReleaseWindow())));
    }
}
