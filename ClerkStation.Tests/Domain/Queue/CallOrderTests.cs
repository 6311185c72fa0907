using ClerkStation.Domain.Queue;
using static ClerkStation.Tests.Domain.Queue.QueueTestKit;

namespace ClerkStation.Tests.Domain.Queue;

public class CallOrderTests
{
    [Fact]
    public void The_number_is_the_category_letter_and_the_days_sequence()
    {
        var t = Ticket(A, 12, 0);
        Assert.Equal("A012", t.Number);
        Assert.Equal("B1000", QueueTicket.FormatNumber("B", 1000));
        Assert.Equal(new DateOnly(2026, 3, 11), t.Day);
        Assert.Equal(TicketStatus.Waiting, t.Status);
    }

    [Fact]
    public void Arrival_decides_among_ordinary_tickets_of_the_windows_categories()
    {
        var tickets = new[] { Ticket(B, 1, 0), Ticket(A, 2, 2), Ticket(A, 1, 1), Ticket(C, 1, 0) };
        Assert.Equal(["A001", "A002"], CallOrder.For(tickets, Window1, Min(10)).Select(t => t.Number));
        Assert.Equal(["B001", "A001", "A002"], CallOrder.For(tickets, Window2, Min(10)).Select(t => t.Number));
        Assert.Equal("C001", CallOrder.Next(tickets, Window3, Min(10))!.Number);
        Assert.Null(CallOrder.Next([Ticket(C, 1, 0)], Window1, Min(10)));
    }

    [Theory]
    [InlineData(PriorityReason.Aged70)]
    [InlineData(PriorityReason.Disability)]
    [InlineData(PriorityReason.Military)]
    [InlineData(PriorityReason.Pregnancy)]
    public void A_priority_ticket_is_called_before_earlier_arrivals(PriorityReason reason)
    {
        var tickets = new[] { Ticket(A, 1, 0), Ticket(A, 2, 1), Ticket(A, 3, 5, reason) };
        Assert.Equal(["A003", "A001", "A002"], CallOrder.For(tickets, Window1, Min(10)).Select(t => t.Number));
    }

    [Fact]
    public void A_checked_in_appointment_goes_ahead_of_walk_ins_from_its_slots_start_but_after_priority()
    {
        var slot = new AppointmentSlot(Min(30), Min(60));
        var booked = Ticket(A, 3, 20, slot: slot);
        var tickets = new[] { Ticket(A, 1, 0), Ticket(A, 2, 10), booked, Ticket(A, 4, 25, PriorityReason.Aged70) };

        Assert.Equal(["A004", "A001", "A002", "A003"], CallOrder.For(tickets, Window1, Min(29)).Select(t => t.Number));
        Assert.Equal(["A004", "A003", "A001", "A002"], CallOrder.For(tickets, Window1, Min(30)).Select(t => t.Number));
    }

    [Fact]
    public void A_late_check_in_becomes_an_ordinary_ticket()
    {
        var late = Ticket(A, 2, 61, slot: new AppointmentSlot(Min(30), Min(60)));
        Assert.Null(late.AppointmentStart);
        Assert.Equal(["A001", "A002"], CallOrder.For([late, Ticket(A, 1, 50)], Window1, Min(70)).Select(t => t.Number));
    }

    [Fact]
    public void People_ahead_counts_only_waiting_tickets_of_the_category_called_before()
    {
        var mine = Ticket(A, 3, 3);
        var called = Ticket(A, 1, 0);
        called.Call(Actors.Clerk, Window1, Min(4), Today);
        var tickets = new[] { called, Ticket(A, 2, 1), mine, Ticket(B, 1, 0), Ticket(A, 4, 5), Ticket(A, 5, 6, PriorityReason.Pregnancy) };
        Assert.Equal(2, CallOrder.PeopleAhead(mine, tickets, Min(7))); // A002 and the priority A005
    }
}
