using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Queue;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Queue;

/// <summary>Windows held for real: one clerk per window and one window per clerk, whatever the timing.</summary>
public sealed class WindowSeatTests : FreshAppTest<QueueAppFactory>
{
    [Fact]
    public async Task Ten_clerks_taking_one_window_at_once_leave_exactly_one_holder_and_the_others_learn_who()
    {
        const int clerks = 10;
        using var start = new Barrier(clerks);
        var takes = Enumerable.Range(1, clerks).Select(n => Task.Run(async () =>
        {
            var clerk = Actor.Create("seat-" + n, "窗口员" + n, [StaffRole.Clerk]);
            start.SignalAndWait(Ct);
            try
            {
                await App.SendAsync(clerk, new TakeWindow(1));
                return null;
            }
            catch (DomainRuleException ex)
            {
                return ex;
            }
        })).ToList();
        var results = await Task.WhenAll(takes);

        Assert.Single(results, r => r is null);
        Assert.All(results.OfType<DomainRuleException>(), r => Assert.Equal(QueueRuleCodes.WindowTaken, r.Code));
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
        var seat = await db.WindowSeats.SingleAsync(Ct);
        Assert.Equal(1, seat.Window);
        Assert.All(results.OfType<DomainRuleException>(), r => Assert.Equal(seat.ClerkName, r.Args["heldBy"]));
    }

    [Fact]
    public async Task A_held_window_refuses_another_clerks_call_and_a_clerk_moves_only_when_not_serving()
    {
        await App.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        await App.SendAsync(Actors.Clerk, new TakeWindow(1));
        var taken = await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(Actors.Clerk2, new CallNext(1)));
        Assert.Equal((QueueRuleCodes.WindowTaken, Actors.Clerk.DisplayName), (taken.Code, taken.Args["heldBy"]));

        var called = (await App.SendAsync(Actors.Clerk, new CallNext(1)))!;
        var serving = await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(Actors.Clerk, new TakeWindow(2)));
        Assert.Equal(QueueRuleCodes.AlreadyServing, serving.Code);
        await App.SendAsync(Actors.Clerk, new FinishVisit(called.TicketId));

        await App.SendAsync(Actors.Clerk, new TakeWindow(2));
        await App.SendAsync(Actors.Clerk2, new TakeWindow(1));
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
        Assert.Equal([(1, Actors.Clerk2.DisplayName), (2, Actors.Clerk.DisplayName)], (await db.WindowSeats.OrderBy(s => s.Window).ToListAsync(Ct)).Select(s => (s.Window, s.ClerkName)));
    }

    [Fact]
    public async Task The_supervisor_assigns_a_window_and_its_former_holder_leaves_it()
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
        var clerk = await db.Users.SingleAsync(u => u.UserName == "clerk", Ct);
        await App.SendAsync(Actors.Clerk, new TakeWindow(3));

        await App.SendAsync(Actors.Supervisor, new AssignWindow(3, clerk.Id));

        var seat = await db.WindowSeats.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((3, clerk.Id, clerk.DisplayName), (seat.Window, seat.ClerkId, seat.ClerkName));
        var unknown = await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(Actors.Supervisor, new AssignWindow(3, "nobody")));
        Assert.Equal(QueueRuleCodes.NotFound, unknown.Code);
    }
}
