using ClerkStation.Domain.Queue;
using static ClerkStation.Tests.Domain.Queue.QueueTestKit;

namespace ClerkStation.Tests.Domain.Queue;

public sealed class QueueFloorTests
{
    private static readonly QueueSettings Hall = new([A, B, C], [Window1, Window2, Window3], RecallLimit, TimeSpan.FromMinutes(8));

    [Fact]
    public void The_floor_shows_waiting_per_category_window_states_averages_and_the_tickets_past_the_alert()
    {
        var a1 = Ticket(A, 1, 0);
        var a2 = Ticket(A, 2, 5);
        var b1 = Ticket(B, 1, 10);
        var a3 = Ticket(A, 3, 30);
        var first = a1.Call(Actors.Clerk, Window1, Min(2), Today);
        a1.Finish(Actors.Clerk, Min(12), first);
        var second = a2.Call(Actors.Clerk2, Window2, Min(25), Today);
        a2.Hold(Actors.Clerk2, Min(26), second);
        var seats = new[]
        {
            WindowSeat.Take(Window1, Actors.Clerk.UserId, Actors.Clerk.DisplayName, null, Min(0))!,
            WindowSeat.Take(Window2, Actors.Clerk2.UserId, Actors.Clerk2.DisplayName, null, Min(0))!,
        };

        var floor = QueueFloor.Compute(Hall, [a1, a2, b1, a3], [first, second], seats, Min(40), TimeSpan.FromMinutes(20));

        Assert.Equal([("A", 1, 10.0), ("B", 1, 30.0), ("C", 0, 0.0)], floor.Categories.Select(c => (c.Letter, c.Waiting, c.LongestWait.TotalMinutes)));
        Assert.Equal(TimeSpan.FromMinutes(30), floor.LongestWait);
        Assert.Equal(
            [(1, WindowState.Idle, Actors.Clerk.DisplayName, (string?)null), (2, WindowState.Paused, Actors.Clerk2.DisplayName, "A002"), (3, WindowState.Closed, (string?)null, (string?)null)],
            floor.Windows.Select(w => (w.Window, w.State, w.ClerkName, w.TicketNumber)));
        // Waits of 2 and 20 minutes; one finished visit of 10 minutes.
        Assert.Equal((TimeSpan.FromMinutes(11), TimeSpan.FromMinutes(10)), (floor.AverageWait, floor.AverageServiceTime));
        Assert.Equal(["B001"], floor.WaitingTooLong);
    }

    [Fact]
    public void An_empty_day_has_no_averages_and_no_alert()
    {
        var floor = QueueFloor.Compute(Hall, [], [], [], Min(0), TimeSpan.FromMinutes(20));
        Assert.Equal((null, null, TimeSpan.Zero), (floor.AverageWait, floor.AverageServiceTime, floor.LongestWait));
        Assert.Empty(floor.WaitingTooLong);
        Assert.All(floor.Windows, w => Assert.Equal(WindowState.Closed, w.State));
    }
}
